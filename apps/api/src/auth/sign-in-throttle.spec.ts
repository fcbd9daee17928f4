import { buildUser, SIGN_IN, TEST_PASSWORD } from '../../test/factories';
import { startTestApp, type TestApp } from '../../test/test-app';
import { describeWithServers } from '../../test/test-servers';

/** The API trusts X-Forwarded-For from the loopback (a proxy on the machine): tests speak from any address that way. */
async function signInFrom(t: TestApp, address: string, email: string, password: string) {
  const response = await fetch(`${t.url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'x-forwarded-for': address },
    body: JSON.stringify({ query: SIGN_IN, variables: { email, password } }),
  });
  const body = (await response.json()) as { data?: { signIn: { user: { id: string } } }; errors?: Array<{ message: string; extensions: { code: string; retryAfterSeconds?: number } }> };
  return { ok: Boolean(body.data?.signIn), code: body.errors?.[0]?.extensions.code, error: body.errors?.[0] };
}

const WRONG = 'not the password at all';
const LIMITS = { maxFailedSignIns: 3, lockoutMinutes: 1, signInFailuresPerAddress: 6, signInFailuresPerAccount: 5 };

describe('sign-in throttling, by account and client address', () => {
  let t: TestApp;
  beforeAll(async () => (t = await startTestApp(LIMITS)));
  afterAll(() => t.close());

  it('locks the account for the address that failed, with a retry-after hint', async () => {
    const user = await buildUser(t.dataSource);
    for (let i = 0; i < 3; i += 1) await signInFrom(t, '198.51.100.1', user.email, WRONG);
    const locked = await signInFrom(t, '198.51.100.1', user.email, TEST_PASSWORD);
    expect(locked.code).toBe('RATE_LIMITED');
    expect(locked.error?.extensions.retryAfterSeconds).toBeGreaterThan(50);
    // A minute, or 5x seconds when the machine took a second or more between the lock and this answer.
    expect(locked.error?.message).toMatch(/Try again in (1 minute|5\d seconds)\./);
  });

  it('does not lock the person out from their own address', async () => {
    const user = await buildUser(t.dataSource);
    for (let i = 0; i < 5; i += 1) await signInFrom(t, '198.51.100.2', user.email, WRONG);
    expect((await signInFrom(t, '198.51.100.2', user.email, TEST_PASSWORD)).code).toBe('RATE_LIMITED');
    expect((await signInFrom(t, '203.0.113.2', user.email, TEST_PASSWORD)).ok).toBe(true);
  });

  it('lets a burst of parallel guesses from one address check no more passwords than the free attempts', async () => {
    const user = await buildUser(t.dataSource);
    const answers = await Promise.all(Array.from({ length: 30 }, () => signInFrom(t, '198.51.100.3', user.email, WRONG)));
    expect(answers.filter((answer) => answer.code === 'UNAUTHENTICATED').length).toBeLessThanOrEqual(3);
    expect(answers.filter((answer) => answer.code === 'RATE_LIMITED').length).toBeGreaterThanOrEqual(27);
  });

  it('slows one address that tries many accounts, not the others', async () => {
    const accounts = await Promise.all(Array.from({ length: 7 }, () => buildUser(t.dataSource)));
    for (const account of accounts.slice(0, 6)) expect((await signInFrom(t, '198.51.100.4', account.email, WRONG)).code).toBe('UNAUTHENTICATED');
    expect((await signInFrom(t, '198.51.100.4', accounts[6].email, TEST_PASSWORD)).code).toBe('RATE_LIMITED');
    expect((await signInFrom(t, '203.0.113.4', accounts[6].email, TEST_PASSWORD)).ok).toBe(true);
  });

  it('lets a person in from the address they always use, even when others there were slowed', async () => {
    const [person, ...others] = await Promise.all(Array.from({ length: 8 }, () => buildUser(t.dataSource)));
    expect((await signInFrom(t, '198.51.100.7', person.email, TEST_PASSWORD)).ok).toBe(true);
    for (const account of others.slice(0, 6)) await signInFrom(t, '198.51.100.7', account.email, WRONG);
    expect((await signInFrom(t, '198.51.100.7', others[6].email, TEST_PASSWORD)).code).toBe('RATE_LIMITED');
    expect((await signInFrom(t, '198.51.100.7', person.email, TEST_PASSWORD)).ok).toBe(true);
  });

  it('doubles the lock with each failure after it', async () => {
    const user = await buildUser(t.dataSource);
    for (let i = 0; i < 3; i += 1) await signInFrom(t, '198.51.100.5', user.email, WRONG);
    const first = (await signInFrom(t, '198.51.100.5', user.email, WRONG)).error?.extensions.retryAfterSeconds ?? 0;
    await expireGates(t, 'pair');
    await signInFrom(t, '198.51.100.5', user.email, WRONG);
    const second = (await signInFrom(t, '198.51.100.5', user.email, WRONG)).error?.extensions.retryAfterSeconds ?? 0;
    expect(first).toBeGreaterThan(50);
    expect(second).toBeGreaterThan(first * 1.8);
  });

  it('slows an account tried from many addresses, but never from an address it signed in from before', async () => {
    const user = await buildUser(t.dataSource);
    expect((await signInFrom(t, '203.0.113.6', user.email, TEST_PASSWORD)).ok).toBe(true);
    for (let i = 0; i < 5; i += 1) await signInFrom(t, `192.0.2.${10 + i}`, user.email, WRONG);
    expect((await signInFrom(t, '192.0.2.20', user.email, TEST_PASSWORD)).code).toBe('RATE_LIMITED');
    expect((await signInFrom(t, '203.0.113.6', user.email, TEST_PASSWORD)).ok).toBe(true);
  });

  it('keeps the counters in the shared store, under hashed keys', async () => {
    const user = await buildUser(t.dataSource);
    await signInFrom(t, '198.51.100.8', user.email, WRONG);
    if (t.config.redisUrl) return; // on Redis: the cross-instance test below is the proof
    const rows: Array<{ key: string }> = await t.dataSource.query('SELECT key FROM sign_in_limit');
    expect(rows.length).toBeGreaterThan(0);
    expect(rows.map((row) => row.key).join()).not.toContain('198.51.100');
    expect(rows.map((row) => row.key).join()).not.toContain(user.email);
  });
});

/** Two instances need a database server (the embedded one serves one process). */
describeWithServers('sign-in throttling on two instances', () => {
  let a: TestApp;
  let b: TestApp;
  beforeAll(async () => {
    a = await startTestApp(LIMITS, { onServers: true });
    b = await startTestApp(LIMITS, { sameDatabaseAs: a });
  });
  afterAll(async () => {
    await b.close();
    await a.close();
  });

  it('counts failures on one instance against attempts on the other', async () => {
    const user = await buildUser(a.dataSource);
    for (let i = 0; i < 3; i += 1) await signInFrom(a, '198.51.100.7', user.email, WRONG);
    expect((await signInFrom(b, '198.51.100.7', user.email, TEST_PASSWORD)).code).toBe('RATE_LIMITED');
    expect((await signInFrom(b, '203.0.113.7', user.email, TEST_PASSWORD)).ok).toBe(true);
  });
});

/** As if the current waits of a scope had run out (tests do not wait minutes). */
async function expireGates(t: TestApp, scope: string): Promise<void> {
  if (!t.config.redisUrl) {
    await t.dataSource.query(`DELETE FROM sign_in_limit WHERE key LIKE $1`, [`${scope}-gate:%`]);
    return;
  }
  const { default: IORedis } = await import('ioredis');
  const redis = new IORedis(t.config.redisUrl);
  const keys = await redis.keys(`${t.config.redisPrefix}:sign-in:${scope}-gate:*`);
  if (keys.length) await redis.del(...keys);
  await redis.quit();
}
