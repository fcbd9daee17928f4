// npm run bench:audit — audit:verify's throughput over BENCH_AUDIT_EVENTS (1,000,000) events on PostgreSQL
// (BENCH_DATABASE_URL, default 127.0.0.1:5432 as postgres; a database made for the run and dropped after it),
// in BENCH_AUDIT_CHAINS (1,000) dossier chains, against `sha256sum` of the same bytes (every event's
// `<previous hash>\n<line>`, written to a file) in the same run. Each is run BENCH_AUDIT_RUNS (5) times: medians.
// Measuring runs hold /tmp/bench-running (other agents wait); building the trail does not.
// BENCH_AUDIT_KEEP=1 keeps the database (its name is printed); BENCH_AUDIT_DATABASE=<name> measures a kept one again.
import { execFileSync, spawnSync } from 'node:child_process';
import { createHash, randomBytes } from 'node:crypto';
import { createWriteStream, existsSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildWhatIsNotBuilt, root } from '../scripts/built.mjs';
import { PG_SERVER } from './support/stack.mjs';
import { positive } from './support/util.mjs';

const EVENTS = positive(process.env.BENCH_AUDIT_EVENTS, 1_000_000);
const CHAINS = positive(process.env.BENCH_AUDIT_CHAINS, 1_000);
const RUNS = positive(process.env.BENCH_AUDIT_RUNS, 5);
const BATCH = 10_000;
const LOCK = '/tmp/bench-running';
const require = createRequire(import.meta.url);
const pg = require('pg');
const dist = (path) => require(join(root, 'dist/apps/api/apps/api/src', path));
const median = (samples) => [...samples].sort((a, b) => a - b)[Math.floor(samples.length / 2)];

function withDatabase(url, name) {
  const parsed = new URL(url);
  parsed.pathname = `/${name}`;
  return parsed.toString();
}

async function onServer(sql) {
  const client = new pg.Client({ connectionString: PG_SERVER });
  await client.connect();
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
}

/** The schema by the app's own migrations (as `npm start` runs them). */
async function migrate(url) {
  const { DataSource } = require('typeorm');
  const { dataSourceOptions } = dist('database/data-source-options.js');
  const dataSource = new DataSource(dataSourceOptions({ url, embedded: false }));
  await dataSource.initialize();
  await dataSource.runMigrations({ transaction: 'each' });
  await dataSource.destroy();
}

/**
 * A trail as the app writes it, built fast: the events' content in SQL, then each chain hashed in
 * order as the app's appends hash it (the same audit_event_line), written back 10,000 at a time, and
 * every hashed input appended to `bytesFile` for sha256sum. Checked afterwards by a verification.
 */
async function buildTrail(client, bytesFile) {
  const perChain = Math.ceil(EVENTS / CHAINS);
  await client.query(`
    INSERT INTO audit_event (chain, chain_seq, at, actor_id, action, subject_id, dossier_id, audience, delegation_id, data, prev_hash, hash)
    SELECT d.id::text, s, timestamptz '2026-01-05 09:00:00+00' + s * interval '1 second' + d.n * interval '1 microsecond', gen_random_uuid(),
           (ARRAY['comment.added', 'participant.added', 'stance.declared', 'position.submitted', 'outcome.recorded'])[1 + s % 5],
           gen_random_uuid(), d.id, CASE WHEN s % 7 = 0 THEN 'DELEGATION' ELSE 'DOSSIER' END, CASE WHEN s % 7 = 0 THEN d.delegation END,
           jsonb_build_object('provisionId', gen_random_uuid(), 'number', 'Article ' || (s % 300), 'stance', 'SUPPORT_WITH_AMENDMENTS', 'round', s % 12),
           '', ''
      FROM (SELECT gen_random_uuid() AS id, gen_random_uuid() AS delegation, n FROM generate_series(1, ${CHAINS}) n) d, generate_series(1, ${perChain}) s
     WHERE (d.n - 1) * ${perChain} + s <= ${EVENTS}`);
  const out = createWriteStream(bytesFile);
  const { LINE_OF_ROW, GENESIS } = dist('audit/audit-chain.js');
  let after = ['', '0'];
  let prev = { chain: '', hash: GENESIS };
  for (;;) {
    const { rows } = await client.query({
      text: `SELECT chain, chain_seq, ${LINE_OF_ROW} FROM audit_event WHERE (chain, chain_seq) > ($1, $2::bigint) ORDER BY chain, chain_seq LIMIT ${BATCH}`,
      values: after,
      rowMode: 'array',
    });
    if (!rows.length) break;
    const update = { chains: [], seqs: [], prevs: [], hashes: [] };
    for (const [chain, seq, line] of rows) {
      const prevHash = chain === prev.chain ? prev.hash : GENESIS;
      const input = `${prevHash}\n${line}`;
      const hash = createHash('sha256').update(input).digest('hex');
      if (!out.write(input)) await new Promise((resolve) => out.once('drain', resolve));
      update.chains.push(chain); update.seqs.push(seq); update.prevs.push(prevHash); update.hashes.push(hash);
      prev = { chain, hash };
    }
    await client.query(
      `UPDATE audit_event e SET prev_hash = u.p, hash = u.h FROM unnest($1::text[], $2::bigint[], $3::text[], $4::text[]) u(c, s, p, h) WHERE e.chain = u.c AND e.chain_seq = u.s`,
      [update.chains, update.seqs, update.prevs, update.hashes],
    );
    after = rows[rows.length - 1].slice(0, 2);
  }
  await new Promise((resolve) => out.end(resolve));
  await client.query(`DELETE FROM audit_chain_head`);
  await client.query(`INSERT INTO audit_chain_head (chain, seq, hash) SELECT DISTINCT ON (chain) chain, chain_seq, hash FROM audit_event ORDER BY chain, chain_seq DESC`);
  await client.query('VACUUM FULL ANALYZE audit_event');
}

/** One run of what `npm run audit:verify` runs, on the bench's database: its wall time and its own summary. */
function verifyOnce(url) {
  const started = performance.now();
  const run = spawnSync(process.execPath, ['dist/apps/api/apps/api/src/audit/audit-verify-cli.js'], { cwd: root, env: { ...process.env, DATABASE_URL: url }, encoding: 'utf8' });
  const wallMs = performance.now() - started;
  const summary = run.stdout.trim().split('\n').at(-1);
  if (run.status !== 0) throw new Error(`audit:verify exited ${run.status}: ${run.stdout}${run.stderr}`);
  const [, events, ms] = summary.match(/^(\d+) events in \d+ chains, all verify \((\d+) ms/) ?? [];
  if (Number(events) < EVENTS) throw new Error(`audit:verify saw ${events} events: ${summary}`);
  return { wallMs, verifyMs: Number(ms), summary };
}

function sha256sumOnce(file) {
  const started = performance.now();
  execFileSync('sha256sum', [file], { encoding: 'utf8' });
  return performance.now() - started;
}

async function main() {
  buildWhatIsNotBuilt({ web: false });
  const kept = process.env.BENCH_AUDIT_DATABASE;
  const keep = Boolean(kept) || process.env.BENCH_AUDIT_KEEP === '1';
  const name = kept ?? `tripart_bench_audit_${randomBytes(4).toString('hex')}`;
  const url = withDatabase(PG_SERVER, name);
  const bytesFile = join(tmpdir(), `${name}.bytes`);
  const cleanup = async () => {
    if (existsSync(LOCK)) rmSync(LOCK, { force: true });
    if (keep) return console.log(`Kept database ${name} and ${bytesFile}.`);
    rmSync(bytesFile, { force: true });
    await onServer(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`).catch(() => undefined);
  };
  process.on('SIGINT', () => cleanup().finally(() => process.exit(130)));
  try {
    if (!kept) {
      await onServer(`CREATE DATABASE "${name}"`);
      await migrate(url);
      const client = new pg.Client({ connectionString: url });
      await client.connect();
      const building = performance.now();
      await buildTrail(client, bytesFile);
      const [{ size }] = (await client.query(`SELECT pg_size_pretty(pg_total_relation_size('audit_event')) AS size`)).rows;
      await client.end();
      console.log(`Built ${EVENTS.toLocaleString('en')} events in ${CHAINS} chains in ${((performance.now() - building) / 1000).toFixed(1)} s (table ${size}, hashed bytes ${(statSync(bytesFile).size / 1e6).toFixed(0)} MB).`);
    }

    while (existsSync(LOCK)) await new Promise((resolve) => setTimeout(resolve, 10_000));
    writeFileSync(LOCK, `bench:audit ${process.pid}\n`);
    const verify = [];
    const sums = [];
    try {
      for (let i = 0; i < RUNS; i += 1) {
        verify.push(verifyOnce(url));
        sums.push(sha256sumOnce(bytesFile));
      }
    } finally {
      rmSync(LOCK, { force: true });
    }
    const rate = (ms) => Math.round((EVENTS * 1000) / ms).toLocaleString('en');
    const wall = median(verify.map((run) => run.wallMs));
    const inside = median(verify.map((run) => run.verifyMs));
    const sum = median(sums);
    console.log(`\naudit:verify, ${RUNS} runs (medians), ${EVENTS.toLocaleString('en')} events:`);
    console.log(`  command wall time      ${(wall / 1000).toFixed(2)} s   ${rate(wall)} events/s  (runs: ${verify.map((run) => (run.wallMs / 1000).toFixed(2)).join(', ')})`);
    console.log(`  verification itself    ${(inside / 1000).toFixed(2)} s   ${rate(inside)} events/s  (its summary: ${verify.at(-1).summary})`);
    console.log(`  sha256sum, same bytes  ${(sum / 1000).toFixed(2)} s   ${rate(sum)} events/s  (runs: ${sums.map((ms) => (ms / 1000).toFixed(2)).join(', ')})`);
    console.log(`  goal ≥ 200,000 events/s: ${EVENTS * 1000 / wall >= 200_000 ? 'met' : 'not met'} (command wall time)`);
  } finally {
    await cleanup();
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
