import { io, type Socket } from 'socket.io-client';
import { buildSignedInUser } from '../../test/factories';
import { startTestApp, type TestApp } from '../../test/test-app';
import { clockPast, shortLivedToken } from '../../test/token-factories';

describe('a live connection lasts as long as its access token', () => {
  let t: TestApp;
  const sockets: Socket[] = [];
  beforeAll(async () => (t = await startTestApp()));
  afterEach(() => sockets.splice(0).forEach((socket) => socket.disconnect()));
  afterAll(() => t.close());

  async function connectWith(token: string): Promise<Socket> {
    const socket = io(t.url, { path: '/socket.io', auth: { token }, transports: ['websocket'], reconnection: false });
    sockets.push(socket);
    await new Promise<void>((resolve, reject) => {
      socket.on('connect', () => resolve());
      socket.on('connect_error', reject);
    });
    return socket;
  }

  it('answers an event sent after the token expired with UNAUTHENTICATED, then closes the connection', async () => {
    const { token } = await buildSignedInUser(t);
    const short = await shortLivedToken(t, token, 2);
    const socket = await connectWith(short.token);
    expect((await socket.timeout(2000).emitWithAck('presence:ping', { clientTime: 1 })).ok).toBe(true);
    const closed = new Promise<string>((resolve) => socket.on('disconnect', (reason) => resolve(reason)));
    await clockPast(short.expiresAt);
    const reply = await socket.timeout(2000).emitWithAck('presence:ping', { clientTime: 2 });
    expect(reply).toEqual({ ok: false, error: { code: 'UNAUTHENTICATED', message: 'Your session has expired. Sign in again.' } });
    expect(await closed).toBe('io server disconnect');
  });

  it('closes an idle connection when its token expires, so nothing more is pushed to it', async () => {
    const { token } = await buildSignedInUser(t);
    const short = await shortLivedToken(t, token, 2);
    const socket = await connectWith(short.token);
    const reason = await new Promise<string>((resolve) => socket.on('disconnect', (why) => resolve(why)));
    expect(reason).toBe('io server disconnect');
    expect(Date.now()).toBeGreaterThanOrEqual(short.expiresAt);
  });

  it('keeps a connection whose token is still valid', async () => {
    const { token } = await buildSignedInUser(t);
    const socket = await connectWith(token);
    expect((await socket.timeout(2000).emitWithAck('presence:ping', { clientTime: 1 })).ok).toBe(true);
  });
});
