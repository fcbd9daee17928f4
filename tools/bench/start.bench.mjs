// npm run bench:start — time from process start to /health OK and resident memory after start,
// on the embedded database (first start: migrate + seed; second start: warm) and on PostgreSQL;
// sign-in latency with 20 concurrent clients. Baselines in the same run: a bare Node HTTP server
// (start time, memory) and GET /health under the same concurrency (latency without sign-in work).
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createServer } from 'node:net';
import pg from 'pg';
import { apiMain, buildWhatIsNotBuilt, root } from '../scripts/built.mjs';

const PG_SERVER = process.env.BENCH_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/test';
const CLIENTS = 20;
const SIGN_INS_PER_CLIENT = 10;

const freePort = () =>
  new Promise((resolve) => {
    const server = createServer().listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });

const rssMb = (pid) => {
  const line = readFileSync(`/proc/${pid}/status`, 'utf8').split('\n').find((l) => l.startsWith('VmRSS'));
  return Number(line.split(/\s+/)[1]) / 1024;
};

async function startAndMeasure(args, env, path = '/health') {
  const port = await freePort();
  const started = performance.now();
  const child = spawn(process.execPath, args, { cwd: root, env: { ...process.env, ...env, PORT: String(port) }, stdio: 'ignore' });
  const url = `http://127.0.0.1:${port}`;
  for (;;) {
    if (performance.now() - started > 120_000) throw new Error(`no answer from ${args.join(' ')}`);
    try {
      if ((await fetch(url + path)).ok) break;
    } catch {
      /* not yet listening */
    }
    await new Promise((r) => setTimeout(r, 20));
  }
  const readyMs = performance.now() - started;
  await new Promise((r) => setTimeout(r, 1000));
  return { child, url, readyMs, rss: rssMb(child.pid) };
}

const stop = (child) => new Promise((resolve) => { child.once('exit', resolve); child.kill('SIGTERM'); });

async function latencies(count, request) {
  const samples = [];
  await Promise.all(
    Array.from({ length: CLIENTS }, async () => {
      for (let i = 0; i < count; i += 1) {
        const t0 = performance.now();
        await request();
        samples.push(performance.now() - t0);
      }
    }),
  );
  samples.sort((a, b) => a - b);
  const at = (q) => samples[Math.min(samples.length - 1, Math.floor(q * samples.length))];
  return { p50: at(0.5), p99: at(0.99), n: samples.length };
}

const signIn = (url) => () =>
  fetch(`${url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({
      query: 'mutation($e:String!,$p:String!){signIn(email:$e,password:$p){accessToken}}',
      variables: { e: 'gov.member@tripart.example', p: 'Tripart-demo-2026' },
    }),
  }).then(async (r) => {
    const body = await r.json();
    if (!body.data) throw new Error(JSON.stringify(body.errors));
  });

buildWhatIsNotBuilt();
const rows = [];
const fmt = (n) => n.toFixed(0);

const bare = await startAndMeasure(['-e', "require('http').createServer((q,s)=>s.end('ok')).listen(process.env.PORT,'127.0.0.1')"], {}, '/');
rows.push(['baseline: bare node http server', fmt(bare.readyMs), fmt(bare.rss), '', '']);
await stop(bare.child);

/** First start (migrate + seed), warm start, then /health and signIn latency on the warm instance. */
async function measureTarget(label, env) {
  const dataDir = mkdtempSync(join(tmpdir(), 'tripart-bench-'));
  const withData = { ...env, DATA_DIR: dataDir, NODE_ENV: 'development', WEB_DIST_DIR: join(root, 'dist/apps/web') };
  const first = await startAndMeasure([apiMain], withData);
  rows.push([`${label}, first start (migrate+seed)`, fmt(first.readyMs), fmt(first.rss), '', '']);
  await stop(first.child);
  const warm = await startAndMeasure([apiMain], withData);
  const health = await latencies(SIGN_INS_PER_CLIENT, () => fetch(`${warm.url}/health`).then((r) => r.text()));
  const signIns = await latencies(SIGN_INS_PER_CLIENT, signIn(warm.url));
  rows.push([`${label}, warm start`, fmt(warm.readyMs), fmt(warm.rss), '', '']);
  rows.push([`${label}: GET /health x${health.n} (baseline)`, '', '', health.p50.toFixed(1), health.p99.toFixed(1)]);
  rows.push([`${label}: signIn x${signIns.n}`, '', '', signIns.p50.toFixed(1), signIns.p99.toFixed(1)]);
  await stop(warm.child);
  rmSync(dataDir, { recursive: true, force: true });
}

await measureTarget('embedded', {});

const database = `tripart_bench_${Date.now()}`;
const admin = new pg.Client({ connectionString: PG_SERVER });
await admin.connect();
await admin.query(`CREATE DATABASE "${database}"`);
const url = new URL(PG_SERVER);
url.pathname = `/${database}`;
await measureTarget('PostgreSQL', { DATABASE_URL: url.toString() });
await admin.query(`DROP DATABASE "${database}" WITH (FORCE)`);
await admin.end();

const header = ['case', 'ready ms', 'RSS MB', 'p50 ms', 'p99 ms'];
const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => String(r[i]).length)));
const line = (cells) => `| ${cells.map((c, i) => String(c).padEnd(widths[i])).join(' | ')} |`;
console.log(line(header));
console.log(line(widths.map((w) => '-'.repeat(w))));
for (const row of rows) console.log(line(row));
console.log(`\n${CLIENTS} concurrent clients; node ${process.version}; ${new Date().toISOString()}`);
