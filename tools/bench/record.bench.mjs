// npm run bench:record — the record of a whole consultation on PostgreSQL (BENCH_DATABASE_URL, default 127.0.0.1:5432
// as postgres; a database made for the run and dropped after it): one dossier, a draft of 300 articles, the three
// delegations seated, 10 closed sessions of 3 hours with 2,000 interventions, stances and outcomes on most articles,
// 90 submitted positions, the government's responses to part of them, and the audit chain those acts wrote — all
// made through the app (GraphQL, the live room's sockets, the Yjs papers; support/record-*.mjs).
// Then what a user waits for, BENCH_RECORD_RUNS (20) runs each after 3 warm-ups, median and p95, beside plain SQL of
// the same rows in the same run (support/record-baselines.mjs), the two taking turns: generating a session's minutes
// (the web's GenerateMinutes), the consensus matrix (the web's DossierOutcomes and its rows built by the web's own
// buildMatrix), the evidence pack (the web's EvidencePack), and the exports. Bytes: each answer as sent, uncompressed
// and gzip'd (as a browser asks). Measuring holds /tmp/bench-running; seeding does not.
// BENCH_RECORD_KEEP=1 keeps the database (its name is printed); BENCH_RECORD_DATABASE=<name> measures a kept one again.
import { randomBytes } from 'node:crypto';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { addTypenameToDocument } from '@apollo/client/utilities/index.js';
import { build } from 'esbuild';
import { parse, print } from 'graphql';
import pg from 'pg';
import { apiMain, buildWhatIsNotBuilt, root } from '../scripts/built.mjs';
import { startChild, stopChild } from './support/children.mjs';
import { graphql } from './support/graphql.mjs';
import { evidenceRows, matrixRows, minutesContentRow, sessionRecordRows } from './support/record-baselines.mjs';
import { seatCast } from './support/record-cast.mjs';
import { recordResponses, submitPositions } from './support/record-positions.mjs';
import { holdSessions } from './support/record-sessions.mjs';
import { cleanupRegistry, PG_SERVER } from './support/stack.mjs';
import { positive, printTable } from './support/util.mjs';

const RUNS = positive(process.env.BENCH_RECORD_RUNS, 20);
const WARMUPS = 3;
const SIZE = { articles: 300, sessions: 10, interventions: 2_000, submissions: 90, respondEvery: 2 };
const LOCK = '/tmp/bench-running';
const IDENTITY = { 'accept-encoding': 'identity' };

/** One of the web app's operations as Apollo Client sends it: its documents from apps/web/src/features/<feature>/operations, `__typename` added. */
function webOperation(feature, files) {
  const source = files.map((file) => readFileSync(join(root, 'apps/web/src/features', feature, 'operations', `${file}.graphql`), 'utf8')).join('\n');
  return print(addTypenameToDocument(parse(source)));
}

/** The web's own buildMatrix (apps/web/src/features/outcomes/outcomes-matrix.ts), bundled for Node. */
async function webBuildMatrix() {
  const out = await build({ entryPoints: [join(root, 'apps/web/src/features/outcomes/outcomes-matrix.ts')], bundle: true, format: 'esm', platform: 'node', write: false, logLevel: 'error' });
  const dir = mkdtempSync(join(tmpdir(), 'record-bench-'));
  const file = join(dir, 'outcomes-matrix.mjs');
  writeFileSync(file, out.outputFiles[0].text);
  try {
    return (await import(file)).buildMatrix;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** A GraphQL request as the web sends it; the answer parsed, and its size as sent. */
async function post(url, token, query, variables, encoding = IDENTITY) {
  const response = await fetch(`${url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json', authorization: `Bearer ${token}`, ...encoding }, body: JSON.stringify({ query, variables }) });
  const text = await response.text();
  const body = JSON.parse(text);
  if (body.errors) throw new Error(JSON.stringify(body.errors).slice(0, 500));
  return { data: body.data, bytes: Buffer.byteLength(text) };
}

/** A file download: its status and size; null when the route is not there (404 from the router). */
async function download(url, token, path) {
  const response = await fetch(`${url}${path}`, { headers: { authorization: `Bearer ${token}`, ...IDENTITY } });
  const bytes = (await response.arrayBuffer()).byteLength;
  if (response.status === 404) return null;
  return { bytes, status: response.status };
}

/** The size on the wire when the client asks for gzip, as browsers do (content-length of the compressed body). */
async function gzipBytes(url, token, init) {
  const { default: http } = await import('node:http');
  const target = new URL(init.path, url);
  return new Promise((resolve, reject) => {
    const request = http.request(target, { method: init.body ? 'POST' : 'GET', headers: { authorization: `Bearer ${token}`, 'accept-encoding': 'gzip', ...(init.body ? { 'content-type': 'application/json' } : {}) } }, (response) => {
      let bytes = 0;
      response.on('data', (chunk) => (bytes += chunk.length));
      response.on('end', () => resolve(response.headers['content-encoding'] === 'gzip' ? bytes : null));
    });
    request.on('error', reject);
    request.end(init.body);
  });
}

const percentile = (samples, q) => [...samples].sort((a, b) => a - b)[Math.min(samples.length - 1, Math.ceil(q * samples.length) - 1)];

/** RUNS timed calls of each system after WARMUPS each, taking turns one call at a time; `before` (untimed) runs ahead of each call. */
async function measure(systems) {
  const runs = systems.map(() => []);
  for (let i = 0; i < WARMUPS + RUNS; i += 1) {
    for (const [s, system] of systems.entries()) {
      await system.before?.(i);
      const started = performance.now();
      await system.call(i);
      if (i >= WARMUPS) runs[s].push(performance.now() - started);
    }
  }
  return runs.map((samples) => ({ median: percentile(samples, 0.5), p95: percentile(samples, 0.95) }));
}

async function seed(url, db) {
  const started = performance.now();
  const cast = await seatCast(url, SIZE.articles, randomBytes(3).toString('hex'));
  const submissions = await submitPositions(url, cast, SIZE.submissions);
  const sessionIds = await holdSessions(url, cast, SIZE, db);
  const responses = await recordResponses(url, cast, SIZE.respondEvery);
  console.log(`Seeded in ${((performance.now() - started) / 1000).toFixed(0)} s: ${cast.provisionCount} provisions, ${sessionIds.length} sessions, ${submissions} submissions, ${responses.recorded} of ${responses.total} contributions answered.`);
  return cast.dossierId;
}

async function main() {
  buildWhatIsNotBuilt({ web: false });
  const { steps, cleanup } = cleanupRegistry();
  const kept = process.env.BENCH_RECORD_DATABASE;
  const name = kept ?? `tripart_bench_record_${randomBytes(4).toString('hex')}`;
  const dbUrl = new URL(PG_SERVER);
  dbUrl.pathname = `/${name}`;
  const admin = new pg.Client({ connectionString: PG_SERVER });
  await admin.connect();
  steps.push(() => admin.end());
  if (!kept) {
    await admin.query(`CREATE DATABASE "${name}"`);
    steps.push(() => (process.env.BENCH_RECORD_KEEP === '1' ? console.log(`Kept database ${name}.`) : admin.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`)));
  }
  const dataDir = mkdtempSync(join(tmpdir(), 'tripart-bench-record-'));
  steps.push(() => rmSync(dataDir, { recursive: true, force: true }));
  const env = (nodeEnv, more = {}) => ({ DATABASE_URL: dbUrl.toString(), DATA_DIR: dataDir, NODE_ENV: nodeEnv, HOST: '127.0.0.1', JWT_SECRET: 'bench-record-secret-0123456789abcdefghijklmnop', ...more });
  const db = new pg.Client({ connectionString: dbUrl.toString() });
  try {
    await db.connect();
    steps.push(() => db.end());
    if (!kept) {
      // The development instance seeds the demo people and organizations on first start; the seeding sends events faster than a person.
      const seeding = await startChild('the API (seeding)', [apiMain], env('development', { SOCKET_EVENT_BURST: '100000', SOCKET_EVENTS_PER_SECOND: '100000' }), '/health', steps);
      await seed(seeding.url, db);
      await stopChild(seeding);
      await db.query('ANALYZE'); // as autovacuum would soon after such a load
    }
    const api = await startChild('the API', [apiMain], env('production'), '/health', steps);
    await measureAll(api.url, db);
    if (api.problems.length) console.log(`\nThe API logged: ${api.problems.slice(0, 5).join(' | ')}`);
  } finally {
    if (existsSync(LOCK) && readFileSync(LOCK, 'utf8').includes(`bench:record ${process.pid}`)) rmSync(LOCK, { force: true });
    await cleanup();
  }
}

async function measureAll(url, db) {
  const { signIn } = graphql(url);
  const [chair, reader] = [await signIn('facilitator@tripart.example'), await signIn('wrk.lead@tripart.example')];
  const { rows: [{ id: dossierId }] } = await db.query(`SELECT id FROM dossier WHERE title LIKE '%the record benchmark' ORDER BY created_at DESC LIMIT 1`);
  const sessions = (await db.query(`SELECT s.id, count(i.id)::int AS interventions FROM consultation_session s LEFT JOIN intervention i ON i.session_id = s.id
                                      WHERE s.dossier_id = $1 GROUP BY s.id, s.starts_at ORDER BY s.starts_at`, [dossierId])).rows;
  const GENERATE = webOperation('minutes', ['generate-minutes.mutation', 'minutes-fields.fragment']);
  const OUTCOMES = webOperation('outcomes', ['dossier-outcomes.query']);
  const EVIDENCE = webOperation('evidence', ['evidence-pack.query']);
  const buildMatrix = await webBuildMatrix();
  const label = (p) => [p.number, p.heading].filter(Boolean).join(' — ');
  const sessionOf = (i) => sessions[i % sessions.length].id;
  const forget = (i) => db.query('DELETE FROM minutes WHERE session_id = $1', [sessionOf(i)]); // untimed: each run generates afresh

  while (existsSync(LOCK)) await new Promise((resolve) => setTimeout(resolve, 10_000));
  writeFileSync(LOCK, `bench:record ${process.pid}\n`);
  const loadBefore = loadavg()[0];
  const table = [['case', 'median ms', 'p95 ms', 'baseline median ms', 'baseline p95 ms', 'median × baseline', 'bytes sent', 'gzip bytes']];
  const row = (name, m, b, bytes, gzip) => table.push([name, m.median.toFixed(1), m.p95.toFixed(1), b.median.toFixed(1), b.p95.toFixed(1), `${(m.median / b.median).toFixed(1)} ×`, bytes?.toLocaleString('en') ?? '', gzip?.toLocaleString('en') ?? '']);
  let bytes = {};
  try {
    const [minutes, minutesSql] = await measure([
      { before: forget, call: async (i) => (bytes.minutes = (await post(url, chair, GENERATE, { sessionId: sessionOf(i) })).bytes) },
      { call: (i) => sessionRecordRows(db, sessionOf(i)) },
    ]);
    for (const session of sessions) if (!(await db.query('SELECT 1 FROM minutes WHERE session_id = $1', [session.id])).rowCount) await post(url, chair, GENERATE, { sessionId: session.id });
    await forget(0);
    const gzipMinutes = await gzipBytes(url, chair, { path: '/graphql', body: JSON.stringify({ query: GENERATE, variables: { sessionId: sessionOf(0) } }) });
    row(`generate a session's minutes (GenerateMinutes, ~${Math.round(sessions.reduce((n, s) => n + s.interventions, 0) / sessions.length)} interventions)`, minutes, minutesSql, bytes.minutes, gzipMinutes);

    let rows = 0;
    const building = [];
    const [matrix, matrixSql] = await measure([
      { call: async () => {
        const answer = await post(url, reader, OUTCOMES, { id: dossierId });
        const started = performance.now();
        rows = buildMatrix(answer.data, label).length;
        building.push(performance.now() - started);
        bytes.matrix = answer.bytes;
      } },
      { call: () => matrixRows(db, dossierId) },
    ]);
    const gzipMatrix = await gzipBytes(url, reader, { path: '/graphql', body: JSON.stringify({ query: OUTCOMES, variables: { id: dossierId } }) });
    row(`consensus matrix (DossierOutcomes + buildMatrix, ${rows} rows)`, matrix, matrixSql, bytes.matrix, gzipMatrix);
    const built = building.slice(WARMUPS);
    table.push(['  of which building the rows (the web\'s buildMatrix)', percentile(built, 0.5).toFixed(1), percentile(built, 0.95).toFixed(1), '', '', '', '', '']);

    const [evidence, evidenceSql] = await measure([
      { call: async () => (bytes.evidence = (await post(url, reader, EVIDENCE, { dossierId })).bytes) },
      { call: () => evidenceRows(db, dossierId) },
    ]);
    const gzipEvidence = await gzipBytes(url, reader, { path: '/graphql', body: JSON.stringify({ query: EVIDENCE, variables: { dossierId } }) });
    row('evidence pack (EvidencePack)', evidence, evidenceSql, bytes.evidence, gzipEvidence);

    const { rows: [largest] } = await db.query(`SELECT m.id FROM minutes m JOIN intervention i ON i.session_id = m.session_id WHERE m.dossier_id = $1 GROUP BY m.id ORDER BY count(*) DESC LIMIT 1`, [dossierId]);
    const exports = [
      ['minutes', `/api/minutes/${largest.id}/export?format=docx`, 'DOCX', () => minutesContentRow(db, largest.id)],
      ['minutes', `/api/minutes/${largest.id}/export?format=pdf`, 'PDF/A', () => minutesContentRow(db, largest.id)],
      ['evidence pack', `/api/dossiers/${dossierId}/evidence?format=docx`, 'DOCX', () => evidenceRows(db, dossierId)],
      ['evidence pack', `/api/dossiers/${dossierId}/evidence?format=pdf`, 'PDF/A', () => evidenceRows(db, dossierId)],
      ['matrix', `/api/dossiers/${dossierId}/matrix?format=docx`, 'DOCX', () => matrixRows(db, dossierId)],
      ['matrix', `/api/dossiers/${dossierId}/matrix?format=pdf`, 'PDF/A', () => matrixRows(db, dossierId)],
    ];
    for (const [what, path, format, baseline] of exports) {
      const probe = await download(url, reader, path);
      if (!probe || probe.status !== 200) { table.push([`${what} export, ${format} (${path.replace(/[0-9a-f-]{36}/g, ':id')})`, probe ? `answered ${probe.status}` : 'not there yet', '', '', '', '', '', '']); continue; }
      const [file, fileSql] = await measure([{ call: () => download(url, reader, path) }, { call: baseline }]);
      row(`${what} export, ${format} (GET ${path.split('?')[0].replace(/[0-9a-f-]{36}/g, ':id')})`, file, fileSql, probe.bytes, await gzipBytes(url, reader, { path }));
    }
  } finally {
    rmSync(LOCK, { force: true });
    printTable(table[0], table.slice(1));
  }
  console.log(`\n${RUNS} runs each after ${WARMUPS} warm-ups, API and baseline taking turns, one client; load average ${loadBefore.toFixed(1)} → ${loadavg()[0].toFixed(1)} (2 cores); API with NODE_ENV=production on PostgreSQL; minutes by the chair, the rest by the workers' lead; baseline: plain SQL of the same rows over one pg connection; node ${process.version}; ${new Date().toISOString()}`);
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
