// npm run bench:reader — the dossier reader on the real PostgreSQL: a draft of 300 articles,
// 5,000 comments in threads, 12 delegates. Reader requests p50/p99 over GraphQL, against two
// baselines in the same run: a bare node:http server answering the same JSON from hand-written
// SQL (support/bare-reader.server.mjs; checked to give the same answer, field for field), and the same
// rows by hand-written SQL alone (pg, no HTTP).
// Also: import time of a 300-article DOCX and of the sample Akoma Ntoso act.
import { spawn } from 'node:child_process';
import { randomBytes, randomUUID } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { isDeepStrictEqual } from 'node:util';
import { addTypenameToDocument } from '@apollo/client/utilities/index.js';
import { Document, Packer, Paragraph } from 'docx';
import { parse, print } from 'graphql';
import pg from 'pg';
import { apiMain, buildWhatIsNotBuilt, root } from '../scripts/built.mjs';

const SERVER = process.env.BENCH_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/test';
const ARTICLES = 300;
const COMMENTS = 5_000;
const REQUESTS = Number(process.env.BENCH_REQUESTS ?? 200);
const PASSWORD = 'Tripart-demo-2026';
/** BENCH_ONLY=reader|outline|threads: one case only (e.g. to profile it with BENCH_NODE_ARGS=--cpu-prof); BENCH_KEEP_DB=1 keeps the database to study. */
const ONLY = process.env.BENCH_ONLY;

/** One of the web app's GraphQL operations as Apollo Client sends it: its document and fragments (apps/web/src/features/drafts/operations), `__typename` added. */
function webOperation(name, files) {
  const source = files.map((file) => readFileSync(join(root, 'apps/web/src/features/drafts/operations', `${file}.graphql`), 'utf8')).join('\n');
  const document = addTypenameToDocument(parse(source));
  if (!document.definitions.some((d) => d.kind === 'OperationDefinition' && d.name?.value === name)) throw new Error(`${name} is not in ${files.join(', ')}`);
  return print(document);
}

/** CPU time the process has used, in ms (utime + stime; Linux clock ticks of 10 ms). */
const cpuMs = (pid) => {
  const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  return (Number(fields[11]) + Number(fields[12])) * 10;
};
const freePort = () => new Promise((resolve) => { const s = createServer().listen(0, '127.0.0.1', () => { const { port } = s.address(); s.close(() => resolve(port)); }); });
const percentile = (samples, q) => (samples.length ? [...samples].sort((a, b) => a - b)[Math.min(samples.length - 1, Math.floor(q * samples.length))] : NaN);

/**
 * Answers uncompressed, from the API and the baseline alike: the comparison is of the work that makes
 * an answer, not of a transport choice (fetch would ask for gzip, which the API serves and the baseline does not).
 */
const IDENTITY = { 'accept-encoding': 'identity' };

async function gql(url, query, variables, token, operationName) {
  const response = await fetch(`${url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json', ...IDENTITY, ...(token ? { authorization: `Bearer ${token}` } : {}) }, body: JSON.stringify({ operationName, query, variables }) });
  const body = await response.json();
  if (body.errors) throw new Error(JSON.stringify(body.errors));
  return body.data;
}
const signIn = async (url, email) => (await gql(url, 'mutation($e:String!,$p:String!){signIn(email:$e,password:$p){accessToken}}', { e: email, p: PASSWORD })).signIn.accessToken;

async function upload(url, token, dossierId, buffer, filename) {
  const form = new FormData();
  form.append('file', new Blob([buffer]), filename);
  const started = performance.now();
  const response = await fetch(`${url}/api/dossiers/${dossierId}/drafts`, { method: 'POST', headers: { authorization: `Bearer ${token}` }, body: form });
  const body = await response.json();
  if (!response.ok) throw new Error(JSON.stringify(body));
  return { ms: performance.now() - started, draft: body.draft };
}

function docxOf(articles) {
  const children = [];
  for (let i = 1; i <= articles; i += 1) {
    children.push(new Paragraph(`Article ${i} - Provision ${i}`));
    children.push(new Paragraph(`1. Workers and employers shall observe rule ${i} in all establishments of the sector.`));
    children.push(new Paragraph(`2. The labour inspectorate shall supervise the application of rule ${i}.`));
  }
  return Packer.toBuffer(new Document({ sections: [{ children }] }));
}

buildWhatIsNotBuilt({ web: false });
const database = `tripart_bench_reader_${Date.now()}`;
const admin = new pg.Client({ connectionString: SERVER });
await admin.connect();
await admin.query(`CREATE DATABASE "${database}"`);
const dbUrl = new URL(SERVER);
dbUrl.pathname = `/${database}`;
const dataDir = mkdtempSync(join(tmpdir(), 'tripart-bench-reader-'));
const jwtSecret = randomBytes(32).toString('hex');
/** A server process on a free port, answering on /health; `stop` ends it. */
async function startServer(label, args, env) {
  const port = await freePort();
  const child = spawn(process.execPath, args, { cwd: root, stdio: process.env.BENCH_API_STDIO ?? 'ignore', env: { ...process.env, ...env, PORT: String(port), DATABASE_URL: dbUrl.toString() } });
  const url = `http://127.0.0.1:${port}`;
  for (let i = 0; ; i += 1) {
    if (i > 1200) throw new Error(`${label} did not start`);
    try { if ((await fetch(`${url}/health`)).ok) break; } catch { /* starting */ }
    await new Promise((r) => setTimeout(r, 100));
  }
  const stop = async () => {
    if (child.exitCode !== null) return;
    child.kill('SIGTERM');
    await new Promise((r) => child.once('exit', r));
  };
  return { url, stop, pid: child.pid };
}
/** The API from dist on the bench database; `production` as deployed (no demo seed, graphql-js without its development checks). */
function startApi(nodeEnv) {
  const nodeArgs = nodeEnv === 'production' ? (process.env.BENCH_NODE_ARGS ?? '').split(' ').filter(Boolean) : [];
  return startServer('the API', [...nodeArgs, apiMain], { DATA_DIR: dataDir, NODE_ENV: nodeEnv, JWT_SECRET: jwtSecret });
}
/** The baseline: the same answers from hand-written SQL over plain node:http (support/bare-reader.server.mjs). */
const startBare = () => startServer('the baseline server', [join(root, 'tools/bench/support/bare-reader.server.mjs')], {});
let bare;
const db = new pg.Client({ connectionString: dbUrl.toString() });
let api = await startApi('development'); // seeds the demo on first start
let url = api.url;
try {
  await db.connect();
  const facilitator = await signIn(url, 'facilitator@tripart.example');
  const [{ id: dossierId }] = (await gql(url, '{ dossiers { id } }', {}, facilitator)).dossiers;

  // Six more delegates (12 in all), seated like the demo ones.
  const [{ password_hash: hash }] = (await db.query(`SELECT password_hash FROM app_user WHERE email = 'wrk.member@tripart.example'`)).rows;
  const delegations = (await db.query('SELECT id, constituency FROM delegation WHERE dossier_id = $1', [dossierId])).rows;
  for (const [index, delegation] of [...delegations, ...delegations].entries()) {
    const userId = randomUUID();
    await db.query(`INSERT INTO app_user (id, email, display_name, password_hash) VALUES ($1, $2, $3, $4)`, [userId, `bench${index}@tripart.example`, `Bench delegate ${index}`, hash]);
    await db.query(`INSERT INTO participant (dossier_id, user_id, role, delegation_id) VALUES ($1, $2, 'DELEGATE', $3)`, [dossierId, userId, delegation.id]);
  }

  const docx = await upload(url, facilitator, dossierId, await docxOf(ARTICLES), 'reform-300.docx');
  const akn = await upload(url, facilitator, dossierId, readFileSync(join(root, 'apps/api/test/fixtures/ch-sr-172.010.1.akn.xml')), 'act.akn.xml');
  // Read the 300-article version: import it again as the newest one.
  await upload(url, facilitator, dossierId, await docxOf(ARTICLES), 'reform-300-v2.docx');
  const draftId = (await gql(url, 'query($id: ID!) { dossier(id: $id) { currentDraft { id } } }', { id: dossierId }, facilitator)).dossier.currentDraft.id;
  const provisions = (await db.query(`SELECT id FROM provision WHERE draft_id = $1 AND kind = 'ARTICLE'`, [draftId])).rows.map((r) => r.id);
  const delegates = (await db.query(`SELECT user_id, delegation_id FROM participant WHERE dossier_id = $1 AND role = 'DELEGATE'`, [dossierId])).rows;

  // 5,000 comments: a third start threads, the rest reply; half private to the author's delegation.
  const roots = [];
  await db.query('BEGIN');
  for (let i = 0; i < COMMENTS; i += 1) {
    const author = delegates[i % delegates.length];
    const parent = i % 3 === 0 || roots.length === 0 ? null : roots[(i * 7) % roots.length];
    const id = randomUUID();
    const provisionId = parent ? parent.provisionId : provisions[i % provisions.length];
    const visibility = parent ? parent.visibility : i % 2 ? 'PLENARY' : 'DELEGATION';
    const delegationId = parent ? parent.delegationId : author.delegation_id;
    // Every fifth thread quotes its provision's words.
    const quote = !parent && i % 5 === 0 ? ['shall observe', 'and employers ', ' rule'] : [null, null, null];
    await db.query(`INSERT INTO comment (id, dossier_id, provision_id, parent_id, author_id, delegation_id, visibility, body, quote_exact, quote_prefix, quote_suffix) VALUES ($1,$2,$3,$4,$5,$6,$7,$8,$9,$10,$11)`,
      [id, dossierId, provisionId, parent?.id ?? null, author.user_id, delegationId, visibility, `Comment ${i} on the provision.`, ...quote]);
    // Every fourth comment names with @ a delegate of the side it was written for (one who may read it).
    const named = i % 4 === 0 ? delegates.find((d) => d.delegation_id === delegationId && d.user_id !== author.user_id) : undefined;
    if (named) await db.query('INSERT INTO comment_mention (comment_id, user_id) VALUES ($1, $2)', [id, named.user_id]);
    if (!parent) roots.push({ id, provisionId, visibility, delegationId });
  }
  await db.query('COMMIT');
  // As autovacuum would soon after such a load: plans from fresh statistics, for the API and the baseline alike.
  await db.query('ANALYZE');

  // Measure the API as it is deployed, and the bare baseline server on the same database.
  await api.stop();
  api = await startApi('production');
  url = api.url;
  bare = await startBare();
  const reader = await signIn(url, 'wrk.lead@tripart.example');
  const [{ delegation_id: readerDelegation, user_id: readerId, role: readerRole, is_lead: readerIsLead }] = (await db.query(
    `SELECT p.delegation_id, p.user_id, p.role, p.is_lead FROM participant p JOIN app_user u ON u.id = p.user_id WHERE u.email = 'wrk.lead@tripart.example' AND p.dossier_id = $1`,
    [dossierId],
  )).rows;
  // The baseline is told who reads (the API finds it from the token and the seat): for the comments' permissions.
  const readerStanding = { delegation: readerDelegation, user: readerId, role: readerRole, lead: String(readerIsLead) };
  const [{ provision_id: busiest, n: busiestComments }] = (await db.query(
    `SELECT c.provision_id, count(*)::int AS n FROM comment c JOIN provision p ON p.id = c.provision_id
      WHERE p.draft_id = $1 AND (c.visibility = 'PLENARY' OR c.delegation_id = $2) GROUP BY c.provision_id ORDER BY 2 DESC LIMIT 1`,
    [draftId, readerDelegation],
  )).rows;
  const bareGet = async (path, params) => {
    const response = await fetch(`${bare.url}/${path}?${new URLSearchParams(params)}`, { headers: IDENTITY });
    if (!response.ok) throw new Error(await response.text());
    return (await response.json()).data;
  };

  const READER = `query($id: ID!) { dossier(id: $id) { currentDraft { id version provisions { id key kind number heading text commentCount
    comments { id body visibility createdAt resolvedAt author { displayName organizationName constituency } replies { id body createdAt author { displayName constituency } } } } } } }`;
  // The web reader's own first request (DraftText, apps/web): every provision with its text and marks, counts, word diff and convention links.
  const TEXT = `query($id: ID!) { draft(id: $id) { id version title sourceFormat sourceFilename language createdAt
    changeSummary { added removed changed unchanged }
    provisions { id key kind number heading text marks { kind start end target } notes position depth parentId previousId matchedBy commentCount
      diff { op text } conventionLinks { id provisionId conventionCode article gapNote needsReview } } } }`;
  // What a live comment event costs each open reader: the threads of the provision it names (the busiest one here),
  // asked as the web app asks them — its own ProvisionThreads document, with the __typename Apollo Client adds.
  const THREADS = webOperation('ProvisionThreads', ['provision-threads.query', 'comment-thread.fragment', 'comment-fields.fragment']);

  const cases = [
    {
      name: 'reader',
      label: `reader: the whole tree (${ARTICLES} articles, COUNT visible comments)`,
      api: () => gql(url, READER, { id: dossierId }, reader),
      bare: () => bareGet('reader', { dossier: dossierId, delegation: readerDelegation }),
      count: (data) => data.dossier.currentDraft.provisions.reduce((n, p) => n + p.comments.reduce((m, c) => m + 1 + c.replies.length, 0), 0),
      sql: async () => {
        await db.query('SELECT id, key, kind, number, heading, text FROM provision WHERE draft_id = $1 ORDER BY position', [draftId]);
        const comments = await db.query(
          `SELECT c.id, c.provision_id, c.parent_id, c.body, c.visibility, c.created_at, c.resolved_at, c.author_id, c.delegation_id FROM comment c
            JOIN provision p ON p.id = c.provision_id WHERE p.draft_id = $1 AND (c.visibility = 'PLENARY' OR c.delegation_id = $2) ORDER BY c.created_at, c.id`,
          [draftId, readerDelegation],
        );
        await db.query(`SELECT u.id, u.display_name, d.constituency FROM app_user u LEFT JOIN participant pa ON pa.user_id = u.id AND pa.dossier_id = $2
                         LEFT JOIN delegation d ON d.id = pa.delegation_id WHERE u.id = ANY($1)`, [[...new Set(comments.rows.map((c) => c.author_id))], dossierId]);
      },
    },
    {
      name: 'outline',
      label: "reader text (the web reader's first request: text, counts, diffs, links)",
      api: () => gql(url, TEXT, { id: draftId }, reader),
      bare: () => bareGet('text', { draft: draftId, delegation: readerDelegation }),
      sql: async () => {
        await db.query('SELECT id, key, kind, number, heading, text FROM provision WHERE draft_id = $1 ORDER BY position', [draftId]);
        await db.query(`SELECT c.provision_id, count(*) FROM comment c JOIN provision p ON p.id = c.provision_id
                         WHERE p.draft_id = $1 AND c.deleted_at IS NULL AND (c.visibility = 'PLENARY' OR c.delegation_id = $2) GROUP BY c.provision_id`, [draftId, readerDelegation]);
      },
    },
    {
      name: 'threads',
      label: `live refresh: one provision's threads (${busiestComments} comments)`,
      api: () => gql(url, THREADS, { ids: [busiest] }, reader, 'ProvisionThreads'),
      bare: () => bareGet('threads', { provision: busiest, ...readerStanding }),
      sql: async () => {
        const rows = await db.query(
          `SELECT c.id, c.provision_id, c.parent_id, c.body, c.visibility, c.quote_exact, c.quote_prefix, c.quote_suffix, c.suggested_text, c.created_at, c.edited_at,
                  c.deleted_at, c.resolved_at, c.on_previous_version, c.author_id, c.delegation_id FROM comment c
            WHERE c.provision_id = $1 AND (c.visibility = 'PLENARY' OR c.delegation_id = $2) ORDER BY c.created_at, c.id`,
          [busiest, readerDelegation],
        );
        await Promise.all([
          db.query(`SELECT u.id, u.display_name, d.constituency FROM app_user u LEFT JOIN participant pa ON pa.user_id = u.id AND pa.dossier_id = $2
                     LEFT JOIN delegation d ON d.id = pa.delegation_id WHERE u.id = ANY($1)`, [[...new Set(rows.rows.map((c) => c.author_id))], dossierId]),
          db.query('SELECT cm.comment_id, u.id, u.display_name FROM comment_mention cm JOIN app_user u ON u.id = cm.user_id WHERE cm.comment_id = ANY($1)', [rows.rows.map((c) => c.id)]),
        ]);
      },
    },
  ];

  /** Requests per turn when the systems take turns. */
  const TURN = 10;
  /**
   * p50/p99 of `REQUESTS` calls of each system after 5 warm-ups each, and the CPU a server process spent per call.
   * The systems take turns, `TURN` calls at a time, so that a load that comes and goes on this shared machine weighs on all of them.
   */
  async function measure(systems) {
    const runs = systems.map(() => ({ samples: [], cpu: 0, last: undefined }));
    for (const [i, { call }] of systems.entries()) for (let w = 0; w < 5; w += 1) runs[i].last = await call();
    for (let done = 0; done < REQUESTS; done += TURN) {
      for (const [i, { call, pid }] of systems.entries()) {
        const run = runs[i];
        for (let k = 0; k < Math.min(TURN, REQUESTS - done); k += 1) {
          const cpu0 = pid ? cpuMs(pid) : 0;
          const t0 = performance.now();
          run.last = await call();
          run.samples.push(performance.now() - t0);
          if (pid) run.cpu += cpuMs(pid) - cpu0;
        }
      }
    }
    return runs.map((run, i) => ({ p50: percentile(run.samples, 0.5), p99: percentile(run.samples, 0.99), cpu: systems[i].pid ? run.cpu / REQUESTS : NaN, last: run.last }));
  }
  /** Where two answers differ (the first few paths), to show why a baseline is not the same answer. */
  const differences = (a, b, path = '') => {
    if (isDeepStrictEqual(a, b)) return [];
    if (a && b && typeof a === 'object' && typeof b === 'object') return [...new Set([...Object.keys(a), ...Object.keys(b)])].flatMap((k) => differences(a[k], b[k], `${path}.${k}`)).slice(0, 5);
    return [`${path}: API ${JSON.stringify(a)?.slice(0, 60)}, baseline ${JSON.stringify(b)?.slice(0, 60)}`];
  };
  const table = [['case', 'p50 ms', 'p99 ms', 'server CPU ms/request', 'p50 × bare']];
  const row = (label, m, bareP50) => [label, m.p50.toFixed(1), m.p99.toFixed(1), Number.isNaN(m.cpu) ? '' : m.cpu.toFixed(1), bareP50 ? `${(m.p50 / bareP50).toFixed(2)} ×` : ''];
  for (const c of cases) {
    if (ONLY && ONLY !== c.name) continue;
    // The baseline is held to the same answer, field for field, before either is timed.
    const [apiAnswer, bareAnswer] = [(await c.api()), await c.bare()];
    const differ = differences(apiAnswer, bareAnswer);
    if (differ.length) throw new Error(`The baseline's answer to "${c.name}" is not the API's:\n${differ.join('\n')}`);
    const [bareRun, apiRun, sqlRun] = await measure([{ call: c.bare, pid: bare.pid }, { call: c.api, pid: api.pid }, { call: c.sql }]);
    const label = c.count ? c.label.replace('COUNT', String(c.count(apiRun.last.data ?? apiRun.last))) : c.label;
    table.push(row(`Tripart API (GraphQL) — ${label}`, apiRun, bareRun.p50));
    table.push(row('  baseline: same answer, hand-written SQL + plain node:http', bareRun, bareRun.p50));
    table.push(row('  the same rows by hand-written SQL alone (no HTTP, no JSON)', sqlRun));
  }
  table.push([`import ${ARTICLES}-article DOCX`, docx.ms.toFixed(0), '', '', '']);
  table.push(['import the Akoma Ntoso sample (92 articles)', akn.ms.toFixed(0), '', '', '']);
  const widths = table[0].map((_, i) => Math.max(...table.map((r) => String(r[i]).length)));
  const line = (r) => `| ${r.map((cell, i) => String(cell).padEnd(widths[i])).join(' | ')} |`;
  console.log(line(table[0]));
  console.log(line(widths.map((w) => '-'.repeat(w))));
  for (const r of table.slice(1)) console.log(line(r));
  console.log(`\n${REQUESTS} requests each after 5 warm-ups, one client, the systems taking turns ${TURN} requests at a time, ${COMMENTS} comments in the dossier (12 delegates), the workers' lead reading; API with NODE_ENV=production; node ${process.version}; ${new Date().toISOString()}`);
} finally {
  await api.stop();
  await bare?.stop();
  await db.end().catch(() => undefined);
  if (process.env.BENCH_KEEP_DB) console.log(`kept the database ${dbUrl}`);
  else await admin.query(`DROP DATABASE IF EXISTS "${database}" WITH (FORCE)`);
  await admin.end();
  rmSync(dataDir, { recursive: true, force: true });
}
