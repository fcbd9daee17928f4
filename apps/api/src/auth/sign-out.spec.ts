import { io, type Socket } from 'socket.io-client';
import { buildSignedInUser } from '../../test/factories';
import { startTestApp, type TestApp } from '../../test/test-app';

const SIGN_OUT = `mutation SignOut($token: String!) { signOut(refreshToken: $token) }`;
const REFRESH = `mutation Refresh($token: String!) { refreshAccessToken(refreshToken: $token) { accessToken refreshToken } }`;
const ME = '{ me { id } }';

describe('signing out ends the access token too', () => {
  let t: TestApp;
  const sockets: Socket[] = [];
  beforeAll(async () => (t = await startTestApp()));
  afterEach(() => sockets.splice(0).forEach((socket) => socket.disconnect()));
  afterAll(() => t.close());

  it('refuses the access token of a signed-out sign-in at once', async () => {
    const { token, refreshToken } = await buildSignedInUser(t, {}, { through: 'sign-in' });
    expect((await t.gql(ME, {}, token)).data?.me).toBeTruthy();
    await t.gql(SIGN_OUT, { token: refreshToken });
    expect((await t.gql(ME, {}, token)).errors?.[0].extensions.code).toBe('UNAUTHENTICATED');
  });

  it('refuses the access token issued by an earlier refresh of that sign-in too', async () => {
    const { refreshToken } = await buildSignedInUser(t, {}, { through: 'sign-in' });
    const rotated = (await t.gql(REFRESH, { token: refreshToken })).data!.refreshAccessToken;
    await t.gql(SIGN_OUT, { token: rotated.refreshToken });
    expect((await t.gql(ME, {}, rotated.accessToken)).errors?.[0].extensions.code).toBe('UNAUTHENTICATED');
  });

  it("ends only that sign-in: the person's other sign-in keeps working", async () => {
    const first = await buildSignedInUser(t, {}, { through: 'sign-in' });
    const again = await t.gql(`mutation { signIn(email: "${first.user.email}", password: "correct horse battery staple") { accessToken } }`);
    await t.gql(SIGN_OUT, { token: first.refreshToken });
    expect((await t.gql(ME, {}, again.data!.signIn.accessToken)).data?.me.id).toBe(first.user.id);
  });

  it('ends a replayed sign-in’s access tokens (the refresh token was copied)', async () => {
    const { refreshToken } = await buildSignedInUser(t, {}, { through: 'sign-in' });
    const rotated = (await t.gql(REFRESH, { token: refreshToken })).data!.refreshAccessToken;
    await t.gql(REFRESH, { token: refreshToken }); // replay: the whole family ends
    expect((await t.gql(ME, {}, rotated.accessToken)).errors?.[0].extensions.code).toBe('UNAUTHENTICATED');
  });

  it('closes the live connections of the sign-in', async () => {
    const { token, refreshToken } = await buildSignedInUser(t, {}, { through: 'sign-in' });
    const socket = io(t.url, { path: '/socket.io', auth: { token }, transports: ['websocket'], reconnection: false });
    sockets.push(socket);
    await new Promise<void>((resolve, reject) => {
      socket.on('connect', () => resolve());
      socket.on('connect_error', reject);
    });
    const closed = new Promise<string>((resolve) => socket.on('disconnect', (reason) => resolve(reason)));
    await t.gql(SIGN_OUT, { token: refreshToken });
    expect(await closed).toBe('io server disconnect');
  });
});
