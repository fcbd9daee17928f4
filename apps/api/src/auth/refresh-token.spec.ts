import { buildSignedInUser } from '../../test/factories';
import { startTestApp, type TestApp } from '../../test/test-app';

const REFRESH = `mutation Refresh($token: String!) { refreshAccessToken(refreshToken: $token) { accessToken refreshToken user { id } } }`;
const SIGN_OUT = `mutation SignOut($token: String!) { signOut(refreshToken: $token) }`;

describe('refresh tokens', () => {
  let t: TestApp;
  beforeAll(async () => (t = await startTestApp()));
  afterAll(() => t.close());

  it('rotates: a refresh gives a new pair that works', async () => {
    const { user, refreshToken } = await buildSignedInUser(t, {}, { through: 'sign-in' });
    const first = await t.gql(REFRESH, { token: refreshToken });
    expect(first.data?.refreshAccessToken.refreshToken).not.toBe(refreshToken);
    const me = await t.gql('{ me { id } }', {}, first.data?.refreshAccessToken.accessToken);
    expect(me.data?.me.id).toBe(user.id);
  });

  it('detects reuse of a rotated token and ends the whole family', async () => {
    const { refreshToken } = await buildSignedInUser(t, {}, { through: 'sign-in' });
    const rotated = await t.gql(REFRESH, { token: refreshToken });
    const reused = await t.gql(REFRESH, { token: refreshToken });
    expect(reused.errors?.[0].extensions.code).toBe('UNAUTHENTICATED');
    const successor = await t.gql(REFRESH, { token: rotated.data?.refreshAccessToken.refreshToken });
    expect(successor.errors?.[0].extensions.code).toBe('UNAUTHENTICATED');
  });

  it('signing out revokes the refresh token', async () => {
    const { refreshToken } = await buildSignedInUser(t, {}, { through: 'sign-in' });
    expect((await t.gql(SIGN_OUT, { token: refreshToken })).data?.signOut).toBe(true);
    const result = await t.gql(REFRESH, { token: refreshToken });
    expect(result.errors?.[0].extensions.code).toBe('UNAUTHENTICATED');
  });

  it('refuses a made-up refresh token', async () => {
    const result = await t.gql(REFRESH, { token: '3f1c1e0e-0000-4000-8000-000000000000.abc' });
    expect(result.errors?.[0].extensions.code).toBe('UNAUTHENTICATED');
  });

  it('gives a single winner when the same token is refreshed twice at once', async () => {
    const { refreshToken } = await buildSignedInUser(t, {}, { through: 'sign-in' });
    const results = await Promise.all([t.gql(REFRESH, { token: refreshToken }), t.gql(REFRESH, { token: refreshToken })]);
    expect(results.filter((result) => result.data?.refreshAccessToken).length).toBeLessThanOrEqual(1);
  });
});
