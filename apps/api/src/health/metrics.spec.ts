import { startTestApp, type TestApp } from '../../test/test-app';

const scrape = (t: TestApp, headers: Record<string, string> = {}) => fetch(`${t.url}/metrics`, { headers });
const lines = (text: string, name: string) => text.split('\n').filter((line) => line.startsWith(`${name}{`));

describe('/metrics', () => {
  describe('without METRICS_TOKEN', () => {
    let t: TestApp;
    beforeAll(async () => (t = await startTestApp()));
    afterAll(() => t.close());

    it('counts GraphQL requests under /graphql, not as the web app', async () => {
      await t.gql('query Probe { __typename }');
      const text = await (await scrape(t)).text();
      expect(lines(text, 'tripart_http_requests_total')).toContainEqual(expect.stringMatching(/^tripart_http_requests_total\{method="POST",route="\/graphql",status="200"\} 1$/));
      expect(text).not.toMatch(/tripart_http_requests_total\{method="POST",route="\/web"/);
    });

    it('labels GraphQL requests with their operation and type', async () => {
      await t.gql('query Probe { __typename }');
      await t.gql('mutation SignIn { signIn(email: "nobody@example.org", password: "wrong password") { accessToken } }');
      const text = await (await scrape(t)).text();
      const operations = lines(text, 'tripart_graphql_operations_total');
      expect(operations).toContainEqual(expect.stringMatching(/operation="Probe",type="query",status="200"/));
      expect(operations).toContainEqual(expect.stringMatching(/operation="SignIn",type="mutation",status="200"/));
    });

    it('answers a scraper on the machine itself', async () => {
      expect((await scrape(t)).status).toBe(200);
    });

    it('refuses a scraper from elsewhere (a client address off the loopback)', async () => {
      const response = await scrape(t, { 'x-forwarded-for': '203.0.113.7' });
      expect(response.status).toBe(401);
      expect(await response.text()).not.toMatch(/tripart_/);
    });
  });

  describe('with METRICS_TOKEN', () => {
    let t: TestApp;
    beforeAll(async () => (t = await startTestApp({ metricsToken: 'a-scraper-token-of-some-length' })));
    afterAll(() => t.close());

    it('refuses a scrape without the token, even on the loopback', async () => {
      expect((await scrape(t)).status).toBe(401);
      expect((await scrape(t, { authorization: 'Bearer not-the-token' })).status).toBe(401);
    });

    it('serves the metrics to the bearer of the token', async () => {
      const response = await scrape(t, { authorization: 'Bearer a-scraper-token-of-some-length' });
      expect(response.status).toBe(200);
      expect(await response.text()).toMatch(/tripart_process_resident_memory_bytes/);
    });
  });
});
