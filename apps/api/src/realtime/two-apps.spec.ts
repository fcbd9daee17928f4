import { io, type Socket } from 'socket.io-client';
import { buildSignedInUser } from '../../test/factories';
import { startTestApp, type TestApp } from '../../test/test-app';

const ME = '{ me { id } }';

/**
 * Two apps in one process, each with its own secret and database (nothing
 * is looked up in a process-wide registry): each signs its own people in and
 * accepts its own tokens only, on sockets and GraphQL alike.
 */
describe('two app instances in one process', () => {
  let a: TestApp;
  let b: TestApp;
  const sockets: Socket[] = [];
  beforeAll(async () => {
    a = await startTestApp();
    b = await startTestApp();
  });
  afterEach(() => sockets.splice(0).forEach((socket) => socket.disconnect()));
  afterAll(async () => {
    await b.close();
    await a.close();
  });

  /** 'connected', or the reason the handshake was refused. */
  function handshake(app: TestApp, token: string): Promise<string> {
    const socket = io(app.url, { path: '/socket.io', auth: { token }, transports: ['websocket'], reconnection: false });
    sockets.push(socket);
    return new Promise((resolve) => {
      socket.on('connect', () => resolve('connected'));
      socket.on('connect_error', (error) => resolve(error.message));
    });
  }

  it('authenticate sockets each with their own secret', async () => {
    const [onA, onB] = await Promise.all([buildSignedInUser(a), buildSignedInUser(b)]);
    expect(await handshake(a, onA.token)).toBe('connected');
    expect(await handshake(b, onB.token)).toBe('connected');
    expect(await handshake(a, onB.token)).toBe('UNAUTHENTICATED');
    expect(await handshake(b, onA.token)).toBe('UNAUTHENTICATED');
  });

  it('answer GraphQL each for their own people', async () => {
    const [onA, onB] = await Promise.all([buildSignedInUser(a), buildSignedInUser(b)]);
    expect((await a.gql(ME, {}, onA.token)).data?.me.id).toBe(onA.user.id);
    expect((await b.gql(ME, {}, onB.token)).data?.me.id).toBe(onB.user.id);
    expect((await a.gql(ME, {}, onB.token)).errors?.[0].extensions.code).toBe('UNAUTHENTICATED');
  });
});
