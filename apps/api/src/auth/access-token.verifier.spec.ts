import { buildSignedInUser } from '../../test/factories';
import { startTestApp, type TestApp } from '../../test/test-app';
import { clockPast, shortLivedToken } from '../../test/token-factories';

/** A token's signature is checked once and kept: what may change after that is checked at every use. */
describe('an access token accepted before', () => {
  let t: TestApp;
  beforeAll(async () => (t = await startTestApp()));
  afterAll(() => t.close());

  const me = (token: string) => t.gql<{ me: { id: string } }>('{ me { id } }', {}, token);

  it('is refused with UNAUTHENTICATED once it has expired', async () => {
    const { token } = await buildSignedInUser(t);
    const short = await shortLivedToken(t, token, 2);
    expect((await me(short.token)).errors).toBeUndefined();
    await clockPast(short.expiresAt);
    expect((await me(short.token)).errors?.[0].extensions.code).toBe('UNAUTHENTICATED');
  });

  it('is refused with UNAUTHENTICATED once its account is disabled', async () => {
    const { user, token } = await buildSignedInUser(t);
    expect((await me(token)).errors).toBeUndefined();
    await t.dataSource.query('UPDATE app_user SET disabled = true WHERE id = $1', [user.id]);
    expect((await me(token)).errors?.[0].extensions.code).toBe('UNAUTHENTICATED');
  });

  it('is refused with UNAUTHENTICATED once a character of its signature is changed', async () => {
    const { token } = await buildSignedInUser(t);
    expect((await me(token)).errors).toBeUndefined();
    const at = token.length - 10; // inside the signature, not its last character (whose low bits are padding)
    const forged = `${token.slice(0, at)}${token[at] === 'A' ? 'B' : 'A'}${token.slice(at + 1)}`;
    expect((await me(forged)).errors?.[0].extensions.code).toBe('UNAUTHENTICATED');
  });
});
