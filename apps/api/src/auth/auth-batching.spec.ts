import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildUser, TEST_PASSWORD } from '../../test/factories';
import { startTestApp, type TestApp } from '../../test/test-app';
import { AUTH_MUTATIONS } from './auth-mutations';

const guesses = (email: string, count: number) =>
  `mutation { ${Array.from({ length: count }, (_, i) => `g${i}: signIn(email: "${email}", password: "guess number ${i}") { accessToken }`).join(' ')} }`;

describe('one authentication mutation per request', () => {
  let t: TestApp;
  beforeAll(async () => (t = await startTestApp({ maxFailedSignIns: 3 })));
  afterAll(() => t.close());

  it('refuses 25 aliased signIn with HTTP 400 and BAD_USER_INPUT, and runs none of them', async () => {
    const user = await buildUser(t.dataSource);
    const result = await t.gql(guesses(user.email, 25));
    expect(result.status).toBe(400);
    expect(result.data).toBeUndefined();
    expect(result.errors).toHaveLength(1);
    expect(result.errors?.[0]).toMatchObject({ extensions: { code: 'BAD_USER_INPUT' }, message: expect.stringMatching(/One authentication mutation per request/) });
  });

  it('counts none of the refused guesses: the account is not locked afterwards', async () => {
    const user = await buildUser(t.dataSource);
    await t.gql(guesses(user.email, 25));
    const result = await t.gql(`mutation { signIn(email: "${user.email}", password: "${TEST_PASSWORD}") { user { id } } }`);
    expect(result.data?.signIn.user.id).toBe(user.id);
  });

  it('counts signIn hidden in fragments too', async () => {
    const user = await buildUser(t.dataSource);
    const query = `mutation { ...A ... on Mutation { b: signIn(email: "${user.email}", password: "x") { accessToken } } }
      fragment A on Mutation { a: signIn(email: "${user.email}", password: "y") { accessToken } }`;
    const result = await t.gql(query);
    expect(result.status).toBe(400);
    expect(result.errors?.[0].extensions.code).toBe('BAD_USER_INPUT');
  });

  it('refuses two different authentication mutations together', async () => {
    const result = await t.gql(`mutation { signOut(refreshToken: "a.b") refreshAccessToken(refreshToken: "c.d") { accessToken } }`);
    expect(result.status).toBe(400);
    expect(result.errors?.[0].extensions.code).toBe('BAD_USER_INPUT');
  });

  it('lists every public mutation of the access rules as an authentication mutation', () => {
    const rules = JSON.parse(readFileSync(join(__dirname, '../access/access-rules.snapshot.json'), 'utf8')) as Record<string, string>;
    const publicMutations = Object.entries(rules).filter(([key, rule]) => key.startsWith('Mutation.') && rule === 'public').map(([key]) => key.slice('Mutation.'.length));
    expect(publicMutations.sort()).toEqual([...AUTH_MUTATIONS].sort());
  });
});
