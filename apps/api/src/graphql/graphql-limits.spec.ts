import { buildSignedInUser } from '../../test/factories';
import { startTestApp, type TestApp } from '../../test/test-app';

describe('GraphQL limits and bad input', () => {
  let t: TestApp;
  let token: string;
  beforeAll(async () => {
    t = await startTestApp();
    token = (await buildSignedInUser(t)).token;
  });
  afterAll(() => t.close());

  const post = (body: string, headers: Record<string, string> = { 'content-type': 'application/json' }) =>
    fetch(`${t.url}/graphql`, { method: 'POST', headers: { ...headers, authorization: `Bearer ${token}` }, body });

  it('refuses a query nested too deep with QUERY_TOO_COMPLEX', async () => {
    const nested = `{ me { organizations { country { ${'a { '.repeat(8)}b${' }'.repeat(8)} } } } }`;
    const result = await t.gql(nested, {}, token);
    expect(result.errors?.map((error) => error.extensions.code)).toContain('QUERY_TOO_COMPLEX');
    expect(result.errors?.find((error) => error.extensions.code === 'QUERY_TOO_COMPLEX')?.message).toMatch(/depth/);
  });

  it('refuses a query too costly with QUERY_TOO_COMPLEX', async () => {
    const fields = Array.from({ length: 1100 }, (_, i) => `a${i}: me { id }`).join(' ');
    const result = await t.gql(`{ ${fields} }`, {}, token);
    expect(result.errors?.[0].extensions.code).toBe('QUERY_TOO_COMPLEX');
  });

  it('answers a query too costly with HTTP 400, not 500', async () => {
    const fields = Array.from({ length: 1100 }, (_, i) => `a${i}: me { id }`).join(' ');
    const result = await t.gql(`{ ${fields} }`, {}, token);
    expect([result.status, result.errors?.[0].extensions.code]).toEqual([400, 'QUERY_TOO_COMPLEX']);
  });

  it('refuses a document it let through before when its variables make it too costly (its cost kept by their shape)', async () => {
    const query = 'query Threads($ids: [ID!]!) { provisions(ids: $ids) { id comments { id } } }';
    const ids = Array.from({ length: 400 }, (_, i) => `00000000-0000-4000-8000-${String(i).padStart(12, '0')}`);
    const cheap = await t.gql(query, { ids: ids.slice(0, 1) }, token);
    const costly = await t.gql(query, { ids }, token);
    // The cheap one runs (an unknown provision), the costly one is refused before anything runs.
    expect([cheap.errors?.[0]?.extensions.code, costly.errors?.[0]?.extensions.code]).toEqual(['NOT_FOUND', 'QUERY_TOO_COMPLEX']);
  });

  it('answers fragments that spread each other with HTTP 400 BAD_USER_INPUT', async () => {
    const result = await t.gql('query { me { ...A } } fragment A on User { id ...B } fragment B on User { displayName ...A }', {}, token);
    expect([result.status, result.errors?.[0].extensions.code]).toEqual([400, 'BAD_USER_INPUT']);
    expect(result.errors?.[0].message).toMatch(/fragment/i);
  });

  it('answers a fragment that spreads itself with HTTP 400 BAD_USER_INPUT', async () => {
    const result = await t.gql('query { me { ...A } } fragment A on User { id ...A }', {}, token);
    expect([result.status, result.errors?.[0].extensions.code]).toEqual([400, 'BAD_USER_INPUT']);
  });

  it('answers an operationName that the document does not hold with HTTP 400 BAD_USER_INPUT', async () => {
    const response = await post(JSON.stringify({ query: 'query Me { me { id } }', operationName: 'Nope' }));
    const body = (await response.json()) as { errors: Array<{ message: string; extensions: { code: string } }> };
    expect([response.status, body.errors[0].extensions.code]).toEqual([400, 'BAD_USER_INPUT']);
    expect(body.errors[0].message).toMatch(/Nope/);
  });

  it('refuses fragments chained deeper than the limit with HTTP 400 QUERY_TOO_COMPLEX', async () => {
    const chain = Array.from({ length: 1_000 }, (_, i) => `fragment F${i} on User { id ${i < 999 ? `...F${i + 1}` : ''} }`).join(' ');
    const result = await t.gql(`query { me { ...F0 } } ${chain}`, {}, token);
    expect([result.status, result.errors?.[0].extensions.code]).toEqual([400, 'QUERY_TOO_COMPLEX']);
  });

  it('stops parsing a document past 20,000 tokens with HTTP 400 BAD_USER_INPUT', async () => {
    const result = await t.gql(`query { me { ${'id '.repeat(20_001)} } }`, {}, token);
    expect([result.status, result.errors?.[0].extensions.code]).toEqual([400, 'BAD_USER_INPUT']);
  });

  it('answers 413 to a body over 1 MB', async () => {
    const response = await post(JSON.stringify({ query: `{ me { id } }`, padding: 'x'.repeat(1_100_000) }));
    expect(response.status).toBe(413);
    expect(((await response.json()) as { errors: Array<{ message: string }> }).errors[0].message).toMatch(/too large/);
  });

  it('answers malformed GraphQL with BAD_USER_INPUT', async () => {
    const result = await t.gql('{ me { id ', {}, token);
    expect(result.errors?.[0].extensions.code).toBe('BAD_USER_INPUT');
  });

  it('answers malformed JSON with a 400 and no stack trace', async () => {
    const response = await post('{"query": ');
    expect(response.status).toBe(400);
    expect(await response.text()).not.toMatch(/at .*\.js/);
  });

  it('keeps CSRF prevention on: a simple cross-site form post is refused', async () => {
    const response = await post('query={me{id}}', { 'content-type': 'application/x-www-form-urlencoded' });
    expect(response.status).toBe(400);
  });

  it('refuses an unknown field with BAD_USER_INPUT', async () => {
    const result = await t.gql('{ me { passwordHash } }', {}, token);
    expect(result.errors?.[0].extensions.code).toBe('BAD_USER_INPUT');
  });

  it('sends no stack traces outside development', async () => {
    const result = await t.gql('{ me { nope } }', {}, token);
    expect(result.errors?.[0].extensions).not.toHaveProperty('stacktrace');
  });
});

describe('GraphQL errors in production', () => {
  let t: TestApp;
  let token: string;
  beforeAll(async () => {
    t = await startTestApp({ env: 'production' });
    token = (await buildSignedInUser(t)).token;
  });
  afterAll(() => t.close());

  it('suggests no field names ("Did you mean…") for a misspelt field', async () => {
    const result = await t.gql('{ me { displayNam } }', {}, token);
    expect(result.errors?.[0].extensions.code).toBe('BAD_USER_INPUT');
    expect(result.errors?.[0].message).not.toMatch(/did you mean/i);
  });
});
