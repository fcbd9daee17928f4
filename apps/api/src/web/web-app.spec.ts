import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startTestApp, type TestApp } from '../../test/test-app';

describe('serving the web app', () => {
  let t: TestApp;
  beforeAll(async () => {
    const dist = mkdtempSync(join(tmpdir(), 'tripart-web-'));
    mkdirSync(join(dist, 'assets'));
    writeFileSync(join(dist, 'index.html'), '<!doctype html><title>Tripart</title>');
    writeFileSync(join(dist, 'assets', 'app.js'), 'console.log(1)');
    t = await startTestApp({ webDistDir: dist });
  });
  afterAll(() => t.close());

  const page = (path: string) => fetch(`${t.url}${path}`, { headers: { accept: 'text/html' } });

  it('serves index.html at /', async () => {
    expect(await (await page('/')).text()).toContain('<title>Tripart</title>');
  });

  it('serves index.html for client-side routes', async () => {
    const response = await page('/admin/users');
    expect(response.status).toBe(200);
    expect(await response.text()).toContain('<title>Tripart</title>');
  });

  it('serves built assets', async () => {
    const response = await fetch(`${t.url}/assets/app.js`);
    expect(response.headers.get('content-type')).toMatch(/javascript/);
  });

  it('never answers API paths with the page', async () => {
    const response = await page('/api/unknown');
    expect(response.status).toBe(404);
  });
});
