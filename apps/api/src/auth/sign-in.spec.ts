import { JwtService } from '@nestjs/jwt';
import { buildUser, SIGN_IN, TEST_PASSWORD } from '../../test/factories';
import { startTestApp, type TestApp } from '../../test/test-app';

const ME = '{ me { id email } }';

describe('signing in', () => {
  let t: TestApp;
  beforeAll(async () => (t = await startTestApp({ maxFailedSignIns: 3 })));
  afterAll(() => t.close());

  it('returns tokens and the user for the right password', async () => {
    const user = await buildUser(t.dataSource);
    const result = await t.gql(SIGN_IN, { email: user.email, password: TEST_PASSWORD });
    expect(result.data?.signIn.user.email).toBe(user.email);
    const me = await t.gql(ME, {}, result.data?.signIn.accessToken);
    expect(me.data?.me.id).toBe(user.id);
  });

  it('signs in again after the database connection was replaced (the limiter names its statements)', async () => {
    const user = await buildUser(t.dataSource);
    await t.gql(SIGN_IN, { email: user.email, password: TEST_PASSWORD });
    const pool = (t.dataSource.driver as unknown as { master: { connect(): Promise<{ release(destroy: boolean): void }> } }).master;
    (await pool.connect()).release(true);
    const again = await t.gql(SIGN_IN, { email: user.email, password: TEST_PASSWORD });
    expect(again.errors).toBeUndefined();
    expect(again.data?.signIn.user.id).toBe(user.id);
  });

  it('accepts the email in any case', async () => {
    const user = await buildUser(t.dataSource);
    const result = await t.gql(SIGN_IN, { email: user.email.toUpperCase(), password: TEST_PASSWORD });
    expect(result.data?.signIn.user.id).toBe(user.id);
  });

  it('refuses a wrong password with UNAUTHENTICATED', async () => {
    const user = await buildUser(t.dataSource);
    const result = await t.gql(SIGN_IN, { email: user.email, password: 'not the password at all' });
    expect(result.errors?.[0].extensions.code).toBe('UNAUTHENTICATED');
    expect(result.errors?.[0].message).toBe('Email or password is incorrect.');
  });

  it('gives an unknown email the same answer as a wrong password', async () => {
    const result = await t.gql(SIGN_IN, { email: 'nobody@example.org', password: 'whatever password' });
    expect(result.errors?.[0]).toMatchObject({
      message: 'Email or password is incorrect.',
      extensions: { code: 'UNAUTHENTICATED' },
    });
  });

  it('locks an address after repeated failures, even with the right password', async () => {
    const user = await buildUser(t.dataSource);
    for (let i = 0; i < 3; i += 1) await t.gql(SIGN_IN, { email: user.email, password: 'wrong password here' });
    const result = await t.gql(SIGN_IN, { email: user.email, password: TEST_PASSWORD });
    expect(result.errors?.[0].extensions.code).toBe('RATE_LIMITED');
  });

  it('locks an unknown address the same way, revealing nothing', async () => {
    for (let i = 0; i < 3; i += 1) await t.gql(SIGN_IN, { email: 'ghost@example.org', password: 'wrong password here' });
    const result = await t.gql(SIGN_IN, { email: 'ghost@example.org', password: 'wrong password here' });
    expect(result.errors?.[0].extensions.code).toBe('RATE_LIMITED');
  });

  it('refuses a disabled account', async () => {
    const user = await buildUser(t.dataSource, { disabled: true });
    const result = await t.gql(SIGN_IN, { email: user.email, password: TEST_PASSWORD });
    expect(result.errors?.[0].extensions.code).toBe('UNAUTHENTICATED');
    expect(result.data).toBeNull();
  });

  it('refuses a tampered access token', async () => {
    const user = await buildUser(t.dataSource);
    const { data } = await t.gql(SIGN_IN, { email: user.email, password: TEST_PASSWORD });
    const [header, payload, signature] = data!.signIn.accessToken.split('.');
    const forged = Buffer.from(JSON.stringify({ ...JSON.parse(Buffer.from(payload, 'base64url').toString()), sub: '00000000-0000-0000-0000-000000000000' })).toString('base64url');
    const result = await t.gql(ME, {}, `${header}.${forged}.${signature}`);
    expect(result.errors?.[0].extensions.code).toBe('UNAUTHENTICATED');
  });

  it('refuses an expired access token', async () => {
    const user = await buildUser(t.dataSource);
    const jwt = new JwtService({ secret: t.config.jwtSecret });
    const expired = await jwt.signAsync({ sub: user.id, typ: 'access', exp: Math.floor(Date.now() / 1000) - 10 });
    const result = await t.gql(ME, {}, expired);
    expect(result.errors?.[0].extensions.code).toBe('UNAUTHENTICATED');
  });

  it('refuses a token signed with another secret', async () => {
    const user = await buildUser(t.dataSource);
    const token = await new JwtService({ secret: 'another secret of enough length!!' }).signAsync({ sub: user.id, typ: 'access' });
    const result = await t.gql(ME, {}, token);
    expect(result.errors?.[0].extensions.code).toBe('UNAUTHENTICATED');
  });

  it('asks to sign in when no token is given', async () => {
    const result = await t.gql(ME);
    expect(result.errors?.[0].extensions.code).toBe('UNAUTHENTICATED');
  });
});
