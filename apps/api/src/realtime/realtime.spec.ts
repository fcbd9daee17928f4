import { io, type Socket } from 'socket.io-client';
import { buildSignedInUser } from '../../test/factories';
import { startTestApp, type TestApp } from '../../test/test-app';

describe('Socket.IO', () => {
  let t: TestApp;
  let token: string;
  const sockets: Socket[] = [];
  beforeAll(async () => {
    t = await startTestApp();
    token = (await buildSignedInUser(t)).token;
  });
  afterEach(() => sockets.splice(0).forEach((socket) => socket.disconnect()));
  afterAll(() => t.close());

  function connect(auth: Record<string, unknown>): Socket {
    const socket = io(t.url, { path: '/socket.io', auth, transports: ['websocket'], reconnection: false });
    sockets.push(socket);
    return socket;
  }

  const connected = (socket: Socket) =>
    new Promise<void>((resolve, reject) => {
      socket.on('connect', () => resolve());
      socket.on('connect_error', reject);
    });

  it('refuses a handshake without a token', async () => {
    await expect(connected(connect({}))).rejects.toThrow('UNAUTHENTICATED');
  });

  it('refuses a handshake with a forged token', async () => {
    await expect(connected(connect({ token: `${token}x` }))).rejects.toThrow('UNAUTHENTICATED');
  });

  it('accepts a signed-in person and acknowledges a ping with the server time', async () => {
    const socket = connect({ token });
    await connected(socket);
    const reply = await socket.timeout(2000).emitWithAck('presence:ping', { clientTime: Date.now() });
    expect(reply).toMatchObject({ ok: true, serverTime: expect.any(Number) });
  });

  it('answers an unknown event with an error ack', async () => {
    const socket = connect({ token });
    await connected(socket);
    const reply = await socket.timeout(2000).emitWithAck('no:such:event', {});
    expect(reply).toEqual({ ok: false, error: { code: 'BAD_USER_INPUT', message: 'Unknown event.' } });
  });

  it('answers a malformed payload with an error ack', async () => {
    const socket = connect({ token });
    await connected(socket);
    const reply = await socket.timeout(2000).emitWithAck('presence:ping', { clientTime: 'yesterday' });
    expect(reply).toMatchObject({ ok: false, error: { code: 'BAD_USER_INPUT' } });
  });

  it('rate-limits a socket that floods', async () => {
    const socket = connect({ token });
    await connected(socket);
    const replies = await Promise.all(
      Array.from({ length: 40 }, () => socket.timeout(4000).emitWithAck('presence:ping', { clientTime: 1 })),
    );
    expect(replies.some((reply) => reply.error?.code === 'RATE_LIMITED')).toBe(true);
  });

  it('drops a socket that sends more than the payload limit, and keeps serving others', async () => {
    const socket = connect({ token });
    await connected(socket);
    const closed = new Promise((resolve) => socket.on('disconnect', resolve));
    socket.emit('presence:ping', { clientTime: 1, padding: 'x'.repeat(200_000) });
    await closed;
    const other = connect({ token });
    await connected(other);
    expect((await other.timeout(2000).emitWithAck('presence:ping', { clientTime: 1 })).ok).toBe(true);
  });
});
