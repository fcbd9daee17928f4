import { randomUUID } from 'node:crypto';
import { io, type Socket } from 'socket.io-client';
import { joinRoom } from '../session-factories';
import { startTestApp, type TestApp } from '../test-app';
import { openLiveRoom } from './support/live-scenario';
import { startOwnPostgres, type OwnPostgres } from './support/own-postgres';
import { startOwnRedis, type OwnRedis } from './support/own-redis';
import { waitFor } from './support/ports';

const redisReported = async (app: TestApp) => ((await (await fetch(`${app.url}/health`)).json()) as { redis?: string }).redis;

/** One instance on its own PostgreSQL and Redis; Redis goes away under it. */
describe('an instance while Redis is away', () => {
  let pg: OwnPostgres;
  let redis: OwnRedis;
  let app: TestApp;
  const sockets: Socket[] = [];
  const rejections: unknown[] = [];
  const onRejection = (reason: unknown) => rejections.push(reason);
  beforeAll(async () => {
    [pg, redis] = await Promise.all([startOwnPostgres(), startOwnRedis()]);
    app = await startTestApp({ redisUrl: redis.url }, { reuse: { target: { url: pg.url, embedded: false }, drop: async () => undefined } });
    process.on('unhandledRejection', onRejection);
  });
  afterEach(async () => {
    await redis.start();
    await waitFor(async () => (await redisReported(app)) === 'up', 10_000, 'the instance did not reconnect to Redis');
  });
  afterAll(async () => {
    process.off('unhandledRejection', onRejection);
    sockets.forEach((socket) => socket.disconnect());
    await app?.close();
    await Promise.all([pg?.destroy(), redis?.destroy()]);
  });

  /**
   * The Socket.IO adapter sends some commands without waiting for them (a
   * recovery snapshot after every event): node-redis rejects those in flight
   * when Redis goes, and an unobserved rejection ends a Node process — the
   * instance and every live connection on it (in the Redis-restart scenario,
   * instance B's participants then never reconnected). Redis is frozen
   * first, so that the commands are surely in flight when it is killed.
   */
  it('survives the commands in flight when Redis is killed, and keeps acknowledging actions', async () => {
    const { cast, sessionId } = await openLiveRoom(app);
    const participant = await joinRoom(app, cast.workers.lead.token, sessionId, sockets);
    redis.freeze();
    for (let i = 0; i < 3; i++) {
      expect((await participant.send('hand:raise', { sessionId, kind: 'NORMAL', clientId: randomUUID() })).ok).toBe(true);
      expect((await participant.send('hand:lower', { sessionId })).ok).toBe(true);
    }
    await redis.stop();
    await waitFor(async () => (await redisReported(app)) === 'down', 10_000, 'the instance did not notice Redis was gone');
    expect((await participant.send('hand:raise', { sessionId, kind: 'NORMAL', clientId: randomUUID() })).ok).toBe(true);
    expect(rejections.map(String)).toEqual([]);
  });

  /** Recovering reads Redis, and the connection is answered only after it: it is not held for the outage. */
  it('connects a returning client afresh at once rather than when Redis is back', async () => {
    const { cast, sessionId, facilitator } = await openLiveRoom(app);
    const socket = io(app.url, { auth: { token: cast.workers.member.token }, transports: ['websocket'], reconnectionDelay: 100, reconnectionDelayMax: 200 });
    sockets.push(socket);
    await new Promise<void>((resolve) => socket.once('connect', () => resolve()));
    expect((await socket.timeout(5_000).emitWithAck('session:join', { sessionId })).ok).toBe(true);
    // A change pushed to the room gives the client an offset: on reconnecting it asks to recover from there.
    const pushed = new Promise((resolve) => socket.once('session:changed', resolve));
    expect((await facilitator.send('queue:mode', { sessionId, mode: 'ROTATION' })).ok).toBe(true);
    await pushed;
    await redis.stop();
    await waitFor(async () => (await redisReported(app)) === 'down', 10_000, 'the instance did not notice Redis was gone');

    let reconnected: { recovered: boolean } | undefined;
    socket.once('connect', () => (reconnected = { recovered: socket.recovered }));
    socket.io.engine.close(); // the connection drops, as on a network blip
    await waitFor(() => reconnected !== undefined, 5_000, 'the client was not connected again while Redis was away');
    expect(reconnected).toEqual({ recovered: false });
    expect((await socket.timeout(5_000).emitWithAck('session:join', { sessionId })).ok).toBe(true);
    expect((await socket.timeout(5_000).emitWithAck('hand:raise', { sessionId, kind: 'NORMAL', clientId: randomUUID() })).ok).toBe(true);
  });
});
