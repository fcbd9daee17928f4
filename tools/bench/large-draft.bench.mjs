// npm run bench:large-draft — a 1,270-provision draft in the reader (support/large-draft.mjs: 20 chapters, 250
// articles, 1,000 paragraphs); BENCH_DRAFT=constitution imports the whole Constitution of South Africa, 1996 instead
// (fixtures/, Laws.Africa's Akoma Ntoso, real wording: what compression is measured on).
// 1. On the wire: the reader's DraftText answer asked with Accept-Encoding identity, gzip and br (raw socket bytes).
// 2. In Chromium (Playwright, /usr/bin/chromium), signed in as the demo facilitator, the draft tab opened afresh:
//    time from navigation to the first provision text, when DOMContentLoaded ended, when the text was asked for and
//    had arrived, DOM elements and tab stops once the network is idle, the longest frame while the text pane scrolls
//    to its end 600 px a frame, and every byte of the first page on the wire (CDP encodedDataLength) against its
//    decoded size (what it would weigh uncompressed). Baseline in the same run: the same provisions as static HTML
//    from node:http (no React, no API). Medians of BENCH_RUNS (5).
// BENCH_WEB_DIST=<dir> serves another build of the web app (e.g. one built before a change) from the same API;
// BENCH_TRACE=1 prints each run's resource timings.
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import { createServer as createHttpServer } from 'node:http';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from '@playwright/test';
import { apiMain, buildWhatIsNotBuilt, root } from '../scripts/built.mjs';
import { LARGE_DRAFT, largeDraftText } from './support/large-draft.mjs';

const PASSWORD = 'Tripart-demo-2026';
const FACILITATOR = 'facilitator@tripart.example';
const RUNS = Number(process.env.BENCH_RUNS ?? 5);
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
const freePort = () => new Promise((resolve) => { const s = createServer().listen(0, '127.0.0.1', () => { const { port } = s.address(); s.close(() => resolve(port)); }); });
const operations = (dir, files) => files.map((file) => readFileSync(join(root, 'apps/web/src/features', dir, 'operations', file), 'utf8')).join('\n');
const DRAFT_TEXT = operations('drafts', ['draft-text.query.graphql', 'draft-meta.fragment.graphql']) + operations('conventions', ['convention-link-fields.fragment.graphql']);

async function gql(url, query, variables, token) {
  const response = await fetch(`${url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) }, body: JSON.stringify({ query, variables }) });
  const body = await response.json();
  if (body.errors) throw new Error(JSON.stringify(body.errors));
  return body.data;
}

/** Bytes on the wire of one DraftText answer, with this Accept-Encoding (fetch would decode: read the raw socket length). */
async function wireBytes(url, token, draftId, encoding) {
  const { request } = await import('node:http');
  const body = JSON.stringify({ query: DRAFT_TEXT, variables: { id: draftId } });
  return new Promise((resolve, reject) => {
    const started = performance.now();
    const req = request(`${url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json', 'accept-encoding': encoding, authorization: `Bearer ${token}` } }, (response) => {
      let bytes = 0;
      response.on('data', (chunk) => { bytes += chunk.length; });
      response.on('end', () => resolve({ bytes, ms: performance.now() - started, encoding: response.headers['content-encoding'] ?? 'identity' }));
    });
    req.on('error', reject);
    req.end(body);
  });
}

async function startApi() {
  const port = await freePort();
  const dataDir = mkdtempSync(join(tmpdir(), 'tripart-bench-large-'));
  const env = { ...process.env, PORT: String(port), DATA_DIR: dataDir, NODE_ENV: 'test', ...(process.env.BENCH_WEB_DIST ? { WEB_DIST_DIR: process.env.BENCH_WEB_DIST } : {}) };
  const child = spawn(process.execPath, [apiMain], { cwd: root, stdio: process.env.BENCH_API_STDIO ?? 'ignore', env });
  const url = `http://127.0.0.1:${port}`;
  for (let i = 0; ; i += 1) {
    if (i > 1800) throw new Error('the API did not start');
    try { if ((await fetch(`${url}/health`)).ok) break; } catch { /* starting */ }
    await new Promise((r) => setTimeout(r, 100));
  }
  return { url, stop: async () => { child.kill('SIGTERM'); await new Promise((r) => child.once('exit', r)); rmSync(dataDir, { recursive: true, force: true }); } };
}

/** The same provisions as plain HTML, one <section> each: what a browser costs with no app at all. */
function bareBaseline(provisions) {
  const escape = (s) => s.replace(/[&<>]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;' })[c]);
  const html = `<!doctype html><html lang="en"><meta charset="utf-8"><title>bare</title><main style="height:80vh;overflow:auto">${provisions
    .map((p) => `<section><h4>${escape(p.number ?? '')} ${escape(p.heading ?? '')}</h4>${p.text ? `<div data-provision-text>${escape(p.text)}</div>` : ''}<button>0</button></section>`)
    .join('')}</main></html>`;
  const server = createHttpServer((_req, res) => { res.setHeader('content-type', 'text/html'); res.end(html); }).listen(0, '127.0.0.1');
  return new Promise((resolve) => server.once('listening', () => resolve({ url: `http://127.0.0.1:${server.address().port}/`, stop: () => new Promise((r) => server.close(r)) })));
}

/** Records when the first provision text is in the page, from navigation start. */
const FIRST_TEXT_PROBE = () => {
  new MutationObserver((_records, observer) => {
    const text = document.querySelector('[data-provision-text]');
    if (text && text.textContent) { window.__firstText = performance.now(); observer.disconnect(); }
  }).observe(document, { childList: true, subtree: true, characterData: true });
};

/** Scrolls the element that holds the text to its end in steps of 600 px, one step a frame; the longest frame. */
async function longestScrollFrame(page, selector) {
  return page.evaluate(async (selector) => {
    const pane = document.querySelector(selector);
    let longest = 0;
    let last = performance.now();
    for (let i = 0; i < 120 && pane.scrollTop + pane.clientHeight < pane.scrollHeight; i += 1) {
      pane.scrollTop += 600;
      await new Promise((r) => requestAnimationFrame(r));
      const now = performance.now();
      longest = Math.max(longest, now - last);
      last = now;
    }
    return longest;
  }, selector);
}

async function openOnce(context, url, { paneSelector }) {
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Network.enable');
  let wire = 0;
  let decoded = 0;
  cdp.on('Network.loadingFinished', (event) => { wire += event.encodedDataLength; });
  cdp.on('Network.dataReceived', (event) => { decoded += event.dataLength; });
  await page.addInitScript(FIRST_TEXT_PROBE);
  await page.goto(url);
  await page.waitForFunction(() => window.__firstText !== undefined, null, { timeout: 60_000 });
  await page.waitForLoadState('networkidle');
  const firstText = await page.evaluate(() => window.__firstText);
  // The largest GraphQL answer is the draft's text: when it was asked for and when it had arrived.
  const [textAsked, textArrived] = await page.evaluate(() => {
    const answers = performance.getEntriesByType('resource').filter((entry) => entry.name.endsWith('/graphql'));
    const text = answers.sort((a, b) => b.decodedBodySize - a.decodedBodySize)[0];
    return text ? [text.startTime, text.responseEnd] : [NaN, NaN];
  });
  if (process.env.BENCH_TRACE) {
    const entries = await page.evaluate(() => performance.getEntriesByType('resource').map((e) => [e.name.replace(location.origin, ''), Math.round(e.startTime), Math.round(e.responseEnd), e.decodedBodySize]));
    console.log(entries.map((e) => e.join(' ')).join('\n'));
  }
  const scriptsReady = await page.evaluate(() => performance.getEntriesByType('navigation')[0]?.domContentLoadedEventEnd ?? NaN);
  const nodes = await page.evaluate(() => document.getElementsByTagName('*').length);
  const tabStops = await page.evaluate(() => [...document.querySelectorAll('a[href], button, input, select, textarea, [tabindex]')].filter((el) => el.tabIndex >= 0 && !el.disabled).length);
  const frame = paneSelector ? await longestScrollFrame(page, paneSelector) : NaN;
  await page.close();
  return { firstText, textAsked, textArrived, scriptsReady, nodes, tabStops, frame, wire, decoded };
}

async function main() {
  buildWhatIsNotBuilt();
  const api = await startApi();
  const browser = await chromium.launch({ executablePath: CHROMIUM, args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage'] });
  let bare;
  try {
    const token = (await gql(api.url, 'mutation($e:String!,$p:String!){signIn(email:$e,password:$p){accessToken}}', { e: FACILITATOR, p: PASSWORD })).signIn.accessToken;
    const { dossiers } = await gql(api.url, '{ dossiers { id title } }', {}, token);
    const dossier = dossiers[0];
    const form = new FormData();
    if (process.env.BENCH_DRAFT !== 'constitution') form.append('file', new Blob([largeDraftText()], { type: 'text/plain' }), 'large-draft.txt');
    else form.append('file', new Blob([gunzipSync(readFileSync(join(root, 'tools/bench/fixtures/za-constitution-1996.akn.xml.gz')))], { type: 'application/xml' }), 'za-constitution-1996.akn.xml');
    const uploaded = await fetch(`${api.url}/api/dossiers/${dossier.id}/drafts`, { method: 'POST', headers: { authorization: `Bearer ${token}` }, body: form });
    const { draft } = await uploaded.json();
    if (!uploaded.ok) throw new Error(`import refused: ${JSON.stringify(draft)}`);
    const { draft: text } = await gql(api.url, DRAFT_TEXT, { id: draft.id }, token);
    const expected = process.env.BENCH_DRAFT !== 'constitution' ? ` (expected ${LARGE_DRAFT.provisions})` : '';
    console.log(`Draft: ${text.provisions.length} provisions${expected}, dossier “${dossier.title}”.\n`);

    console.log('| DraftText answer | bytes on the wire | ms (median of 5) |\n| --- | --- | --- |');
    for (const encoding of ['identity', 'gzip', 'br']) {
      const runs = [];
      for (let i = 0; i < 5; i += 1) runs.push(await wireBytes(api.url, token, draft.id, encoding));
      console.log(`| ${encoding} (sent as ${runs[0].encoding}) | ${runs[0].bytes.toLocaleString('en')} | ${median(runs.map((r) => r.ms)).toFixed(1)} |`);
    }

    const context = await browser.newContext({ viewport: { width: 1280, height: 720 }, locale: 'en-US' });
    const signInPage = await context.newPage();
    await signInPage.goto(`${api.url}/sign-in`);
    await signInPage.getByLabel('Email').fill(FACILITATOR);
    await signInPage.getByRole('textbox', { name: 'Password', exact: true }).fill(PASSWORD);
    await signInPage.getByRole('button', { name: 'Sign in' }).click();
    await signInPage.waitForURL((u) => !u.pathname.startsWith('/sign-in'));
    await signInPage.close();
    bare = await bareBaseline(text.provisions);
    const cases = [
      ['baseline: static HTML, node:http', await browser.newContext({ viewport: { width: 1280, height: 720 } }), bare.url, { paneSelector: 'main' }],
      [`reader${process.env.BENCH_WEB_DIST ? ` (web from ${process.env.BENCH_WEB_DIST})` : ''}`, context, `${api.url}/dossiers/${dossier.id}/draft?draft=${draft.id}`, { paneSelector: 'section[aria-label="Draft text"]' }],
    ];
    console.log(`\n| case (median of ${RUNS}) | first text ms | DOMContentLoaded ms | text asked → arrived ms | DOM elements | tab stops | longest scroll frame ms | first page on the wire KB | decoded (uncompressed) KB |\n| --- | --- | --- | --- | --- | --- | --- | --- | --- |`);
    for (const [label, ctx, url, options] of cases) {
      const runs = [];
      for (let i = 0; i < RUNS; i += 1) runs.push(await openOnce(ctx, url, options));
      const m = (key) => median(runs.map((r) => r[key]));
      console.log(`| ${label} | ${m('firstText').toFixed(0)} | ${m('scriptsReady').toFixed(0)} | ${m('textAsked').toFixed(0)} → ${m('textArrived').toFixed(0)} | ${m('nodes')} | ${m('tabStops')} | ${m('frame').toFixed(0)} | ${(m('wire') / 1024).toFixed(0)} | ${(m('decoded') / 1024).toFixed(0)} |`);
    }
  } finally {
    await browser.close();
    await bare?.stop();
    await api.stop();
  }
}

await main();
