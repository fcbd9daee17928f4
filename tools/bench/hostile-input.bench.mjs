// npm run bench:hostile — what a hostile upload costs the server: a Word zip bomb whose central
// directory declares 1,000 bytes and whose document.xml inflates to 1.1 GiB, uploaded once, then
// twice at once, to the built API on the embedded database (demo data, the facilitator's sign-in).
// Prints, per case, the answer, the time to it and the API process's peak resident memory above
// its resting level (sampled from /proc every 10 ms). A plain draft upload is the baseline.
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { apiMain, buildWhatIsNotBuilt, root } from '../scripts/built.mjs';
import { freePort, printTable, sleep } from './support/util.mjs';
import WebSocket from 'ws';
import { zipBomb } from './support/zip-bomb.mjs';

const GIB = 1024 ** 3;
const rssMb = (pid) => Number(readFileSync(`/proc/${pid}/status`, 'utf8').match(/VmRSS:\s+(\d+)/)[1]) / 1024;

buildWhatIsNotBuilt({ web: false });
const dataDir = mkdtempSync(join(tmpdir(), 'tripart-bench-hostile-'));
const port = await freePort();
const url = `http://127.0.0.1:${port}`;
const env = { ...process.env, PORT: String(port), HOST: '127.0.0.1', DATA_DIR: dataDir, NODE_ENV: 'development', WEB_DIST_DIR: join(dataDir, 'none') };
const child = spawn(process.execPath, [apiMain], { cwd: root, env, stdio: 'ignore' });
try {
  for (let started = Date.now(); ; await sleep(50)) {
    if (Date.now() - started > 180_000) throw new Error('the API did not start');
    if (await fetch(`${url}/health`).then((r) => r.ok, () => false)) break;
  }
  const gql = async (query, variables, token) => {
    const response = await fetch(`${url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
      body: JSON.stringify({ query, variables }),
    });
    return (await response.json()).data;
  };
  const signIn = 'mutation($e:String!,$p:String!){signIn(email:$e,password:$p){accessToken}}';
  const { accessToken: token } = (await gql(signIn, { e: 'facilitator@tripart.example', p: 'Tripart-demo-2026' })).signIn;
  const dossierId = (await gql('{ dossiers { id } }', {}, token)).dossiers[0].id;
  const upload = async (buffer, filename) => {
    const form = new FormData();
    form.append('file', new Blob([buffer]), filename);
    const response = await fetch(`${url}/api/dossiers/${dossierId}/drafts?preview=true`, { method: 'POST', headers: { authorization: `Bearer ${token}` }, body: form });
    const body = await response.json();
    return `${response.status} ${body.errors?.[0]?.extensions?.fieldErrors?.[0]?.constraint ?? body.errors?.[0]?.extensions?.code ?? body.format}`;
  };
  const measure = async (label, uploads) => {
    await sleep(1_000);
    const resting = rssMb(child.pid);
    let peak = resting;
    const sampler = setInterval(() => (peak = Math.max(peak, rssMb(child.pid))), 10);
    const started = performance.now();
    const answers = await Promise.all(uploads.map((make) => make()));
    const ms = performance.now() - started;
    clearInterval(sampler);
    return [label, answers.join(', '), ms.toFixed(0), resting.toFixed(0), (peak - resting).toFixed(0)];
  };
  const bomb = zipBomb(1.1 * GIB);
  const draft = Buffer.from('Draft\n\nArticle 1 - Scope\nThis Act applies to all workers.\n\nArticle 2 - Wages\nWages are paid monthly.\n');
  const rows = [
    await measure('baseline: a 2-article text draft', [() => upload(draft, 'draft.txt')]),
    await measure(`zip bomb, ${(bomb.length / 1024 / 1024).toFixed(1)} MB → 1.1 GiB, declared 1,000 B`, [() => upload(bomb, 'bomb.docx')]),
    await measure('the same bomb, two at once', [() => upload(bomb, 'a.docx'), () => upload(bomb, 'b.docx')]),
    await measure('/collab without a token: 64 KB document messages for 3 s', [() => floodCollab(`${url.replace(/^http/, 'ws')}/collab`, 3_000)]),
  ];
  printTable(['case', 'answers', 'ms to answer', 'resting RSS MB', 'peak RSS above it, MB'], rows);
  console.log(`\nnode ${process.version}; ${new Date().toISOString()}`);
} finally {
  child.kill('SIGTERM');
  await new Promise((resolve) => child.once('exit', resolve));
  rmSync(dataDir, { recursive: true, force: true });
}

/** Document messages (a y-protocols sync step 2 for a made-up document) sent without authenticating, as fast as the socket takes them. */
async function floodCollab(address, ms) {
  const name = Buffer.from('position:00000000-0000-4000-8000-000000000000:00000000-0000-4000-8000-000000000001');
  const message = Buffer.concat([Buffer.from([name.length]), name, Buffer.from([0, 1, 0x80, 0x80, 0x04]), Buffer.alloc(64 * 1024)]);
  const ws = new WebSocket(address);
  await new Promise((resolve, reject) => ws.once('open', resolve).once('error', reject));
  let sent = 0;
  let closedWith = null;
  ws.once('close', (code) => (closedWith = code));
  const until = Date.now() + ms;
  while (Date.now() < until && closedWith === null) {
    if (ws.bufferedAmount < 4 * 1024 * 1024) {
      ws.send(message);
      sent += 1;
    } else await sleep(1);
  }
  if (closedWith === null) ws.terminate();
  return closedWith === null ? `still open after ${sent} messages` : `closed (${closedWith}) after ${sent} sent`;
}
