import { buildUser, SIGN_IN, TEST_PASSWORD } from '../../test/factories';
import { startTestApp, type TestApp } from '../../test/test-app';

const ME = '{ me { id } }';

describe('the web app’s refresh cookie', () => {
  let t: TestApp;
  let ours: string;
  beforeAll(async () => {
    t = await startTestApp();
    ours = new URL(t.config.publicUrl).origin;
  });
  afterAll(() => t.close());

  /** Signs in through GraphQL as the web app does; returns the cookie the browser would keep. */
  async function signIn(): Promise<{ cookie: string; setCookie: string; userId: string; accessToken: string }> {
    const user = await buildUser(t.dataSource);
    const response = await fetch(`${t.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', origin: ours },
      body: JSON.stringify({ query: SIGN_IN, variables: { email: user.email, password: TEST_PASSWORD } }),
    });
    const setCookie = response.headers.get('set-cookie') ?? '';
    const body = (await response.json()) as { data: { signIn: { accessToken: string } } };
    return { cookie: setCookie.split(';')[0], setCookie, userId: user.id, accessToken: body.data.signIn.accessToken };
  }

  const post = (path: string, cookie: string | null, headers: Record<string, string> = { origin: ours, 'sec-fetch-site': 'same-origin' }) =>
    fetch(`${t.url}/api/auth/${path}`, { method: 'POST', headers: { ...headers, ...(cookie ? { cookie } : {}) } });

  it('is set at sign-in: HttpOnly, SameSite=Strict, only for /api/auth', async () => {
    const { setCookie } = await signIn();
    expect(setCookie).toMatch(/^tripart_refresh=[^;]+/);
    expect(setCookie).toMatch(/; HttpOnly/i);
    expect(setCookie).toMatch(/; SameSite=Strict/i);
    expect(setCookie).toMatch(/; Path=\/api\/auth(;|$)/);
  });

  it('refreshes: a fresh access token that works, and a rotated cookie', async () => {
    const { cookie, userId } = await signIn();
    const response = await post('refresh', cookie);
    expect(response.status).toBe(200);
    const body = (await response.json()) as { accessToken: string; refreshToken?: string; user: { id: string } };
    expect(body.refreshToken).toBeUndefined();
    expect((await t.gql(ME, {}, body.accessToken)).data?.me.id).toBe(userId);
    expect(response.headers.get('set-cookie')?.split(';')[0]).not.toBe(cookie);
  });

  it('ends the sign-in when a rotated cookie is presented again', async () => {
    const { cookie } = await signIn();
    const rotated = (await post('refresh', cookie)).headers.get('set-cookie')!.split(';')[0];
    expect((await post('refresh', cookie)).status).toBe(401);
    expect((await post('refresh', rotated)).status).toBe(401);
  });

  it('answers 401 without a cookie', async () => {
    const response = await post('refresh', null);
    expect(response.status).toBe(401);
    expect(await response.json()).toMatchObject({ errors: [{ extensions: { code: 'UNAUTHENTICATED' } }] });
  });

  it("refuses another site's page (Origin), and rotates nothing", async () => {
    const { cookie } = await signIn();
    const response = await post('refresh', cookie, { origin: 'https://evil.example' });
    expect(response.status).toBe(403);
    expect(await response.json()).toMatchObject({ errors: [{ extensions: { code: 'FORBIDDEN' } }] });
    expect((await post('refresh', cookie)).status).toBe(200);
  });

  it('refuses a cross-site request the browser flags as such (Sec-Fetch-Site)', async () => {
    const { cookie } = await signIn();
    expect((await post('refresh', cookie, { 'sec-fetch-site': 'cross-site' })).status).toBe(403);
  });

  it('signs out: the cookie is cleared, and neither it nor the access token works any more', async () => {
    const { cookie, accessToken } = await signIn();
    const response = await post('sign-out', cookie);
    expect(response.status).toBe(204);
    expect(response.headers.get('set-cookie')).toMatch(/^tripart_refresh=;.*Expires=Thu, 01 Jan 1970/);
    expect((await post('refresh', cookie)).status).toBe(401);
    expect((await t.gql(ME, {}, accessToken)).errors?.[0].extensions.code).toBe('UNAUTHENTICATED');
  });

  it('is Secure when the app is reached over HTTPS', async () => {
    const secure = await startTestApp({ publicUrl: 'https://tripart.example' });
    try {
      const user = await buildUser(secure.dataSource);
      const response = await fetch(`${secure.url}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ query: SIGN_IN, variables: { email: user.email, password: TEST_PASSWORD } }),
      });
      expect(response.headers.get('set-cookie')).toMatch(/; Secure/i);
    } finally {
      await secure.close();
    }
  });
});
