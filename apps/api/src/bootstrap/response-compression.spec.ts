import { once } from 'node:events';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { request as httpRequest, type IncomingMessage } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import express from 'express';
import { startTestApp, type TestApp } from '../../test/test-app';
import { responseCompression } from './response-compression';

/** The raw answer, as it travels: no client-side decoding. */
function rawRequest(url: string, init: { method?: string; headers?: Record<string, string>; body?: string } = {}): Promise<IncomingMessage> {
  return new Promise((resolve, reject) => {
    const req = httpRequest(url, { method: init.method ?? 'GET', headers: init.headers }, resolve);
    req.on('error', reject);
    req.end(init.body);
  });
}

const TYPES_QUERY = JSON.stringify({ query: '{ __schema { types { name description } } }' });

describe('answers served compressed', () => {
  let t: TestApp;
  let webDir: string;
  beforeAll(async () => {
    webDir = mkdtempSync(join(tmpdir(), 'tripart-web-'));
    writeFileSync(join(webDir, 'index.html'), `<!doctype html><title>Tripart</title>${'<p>page</p>'.repeat(200)}`);
    writeFileSync(join(webDir, 'app.js'), `console.log(${JSON.stringify('bundle '.repeat(2000))});`);
    t = await startTestApp({ webDistDir: webDir });
  });
  afterAll(async () => {
    await t.close();
    rmSync(webDir, { recursive: true, force: true });
  });

  const graphql = (acceptEncoding?: string) =>
    rawRequest(`${t.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...(acceptEncoding ? { 'accept-encoding': acceptEncoding } : {}) },
      body: TYPES_QUERY,
    });

  it('sends a GraphQL answer in brotli to a client that offers it', async () => {
    const response = await graphql('gzip, deflate, br');
    response.resume();
    expect(response.headers['content-encoding']).toBe('br');
  });

  it('sends gzip to a client that offers only gzip', async () => {
    const response = await graphql('gzip');
    response.resume();
    expect(response.headers['content-encoding']).toBe('gzip');
  });

  it('sends the answer as it is to a client that offers no encoding', async () => {
    const response = await graphql();
    response.resume();
    expect(response.headers['content-encoding']).toBeUndefined();
  });

  it("compresses the web app's files and its pages", async () => {
    const [asset, page] = await Promise.all([
      rawRequest(`${t.url}/app.js`, { headers: { 'accept-encoding': 'br' } }),
      rawRequest(`${t.url}/dossiers/some-id`, { headers: { 'accept-encoding': 'br', accept: 'text/html' } }),
    ]);
    asset.resume();
    page.resume();
    expect([asset.headers['content-encoding'], page.headers['content-encoding']]).toEqual(['br', 'br']);
  });
});

describe('printed files', () => {
  it('sends a PDF compressed (its tagged structure is uncompressed text)', async () => {
    const app = express();
    app.use(responseCompression());
    app.get('/file.pdf', (_request, response) => {
      response.setHeader('Content-Type', 'application/pdf');
      response.send(Buffer.from(`%PDF-1.7\n${'<< /S /TD /P 12 0 R >>\n'.repeat(400)}`));
    });
    const server = app.listen(0, '127.0.0.1');
    await once(server, 'listening');
    try {
      const response = await rawRequest(`http://127.0.0.1:${(server.address() as AddressInfo).port}/file.pdf`, { headers: { 'accept-encoding': 'br, gzip' } });
      response.resume();
      expect(response.headers['content-encoding']).toBe('br');
    } finally {
      server.closeAllConnections();
      server.close();
    }
  });
});

describe('streamed answers', () => {
  it('sends Server-Sent Events uncompressed, each event as it is written', async () => {
    const app = express();
    app.use(responseCompression());
    app.get('/events', (_request, response) => {
      response.setHeader('Content-Type', 'text/event-stream');
      response.write(`data: ${'x'.repeat(4096)}\n\n`);
    });
    const server = app.listen(0, '127.0.0.1');
    await once(server, 'listening');
    try {
      const response = await rawRequest(`http://127.0.0.1:${(server.address() as AddressInfo).port}/events`, { headers: { 'accept-encoding': 'br, gzip' } });
      const [first] = (await once(response, 'data')) as [Buffer];
      response.destroy();
      expect([response.headers['content-encoding'], first.toString().startsWith('data: xxx')]).toEqual([undefined, true]);
    } finally {
      server.closeAllConnections();
      server.close();
    }
  });
});
