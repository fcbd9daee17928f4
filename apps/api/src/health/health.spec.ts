import { startTestApp, type TestApp } from '../../test/test-app';

describe('health, metrics and headers', () => {
  let t: TestApp;
  beforeAll(async () => (t = await startTestApp()));
  afterAll(() => t.close());

  it('reports the database reachable', async () => {
    const response = await fetch(`${t.url}/health`);
    expect(response.status).toBe(200);
    expect(await response.json()).toMatchObject({ status: 'ok', database: 'up', unstoredDocuments: 0 });
  });

  it('serves Prometheus text metrics', async () => {
    await fetch(`${t.url}/health`);
    const response = await fetch(`${t.url}/metrics`);
    expect(response.headers.get('content-type')).toMatch(/text\/plain/);
    const text = await response.text();
    expect(text).toMatch(/tripart_http_requests_total\{method="GET",route="\/health",status="200"\} \d+/);
    expect(text).toMatch(/tripart_process_resident_memory_bytes/);
  });

  it('sends security headers and a content security policy', async () => {
    const response = await fetch(`${t.url}/health`);
    expect(response.headers.get('content-security-policy')).toContain("script-src 'self'");
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
    expect(response.headers.get('x-frame-options')).toBe('SAMEORIGIN');
  });

  it('answers an unknown route with a JSON 404', async () => {
    const response = await fetch(`${t.url}/api/nothing-here`);
    expect(response.status).toBe(404);
    expect(await response.json()).toEqual({ errors: [{ message: 'Nothing here.', extensions: { code: 'NOT_FOUND' } }] });
  });
});
