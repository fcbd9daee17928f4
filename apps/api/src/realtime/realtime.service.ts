import type { Server as HttpServer } from 'node:http';
import { Inject, Injectable, Logger, type OnApplicationShutdown } from '@nestjs/common';
import { createAdapter } from '@socket.io/redis-streams-adapter';
import { createClient, type RedisClientType } from 'redis';
import { Server, type Socket } from 'socket.io';
import type { Session } from 'socket.io-adapter';
import {
  SOCKET_MAX_PAYLOAD_BYTES,
  clientEvents,
  type AckError,
  type ClientEventName,
  type ClientEventPayload,
  type ClientEventResults,
} from '@tripart/contracts';
import type { Actor } from '../access/actor';
import { can } from '../access/policy';
import { allowedOrigins, isAllowedOrigin } from '../common/allowed-origin';
import { AppError } from '../common/errors';
import { isDatabaseUnavailable, serviceUnavailable } from '../common/service-unavailable';
import { RedisStatus } from '../health/redis-status';
import { APP_CONFIG, type AppConfig } from '../config/app-config';
import { authenticateHandshake } from './socket-auth';
import { SessionSnapshots } from './session-snapshots';
import { SocketRateLimit } from './socket-rate-limit';
import { SESSION_EXPIRED, endExpired, holdToken, reauthenticateRecovered, sessionRoom, tokenExpired } from './token-expiry';

export type SocketHandler<E extends ClientEventName> = (
  actor: Actor,
  payload: ClientEventPayload<E>,
  socket: Socket,
) => Promise<ClientEventResults[E]> | ClientEventResults[E];

type SocketData = { actor: Actor; rateLimit: SocketRateLimit; sessionId: string };

/** May this person get these rooms back (and the events they missed in them) on reconnecting? */
export type RecoveryCheck = (userId: string, rooms: ReadonlySet<string>) => Promise<boolean>;

/**
 * The Socket.IO server: authenticated handshake, one registry of event
 * handlers that features fill in, each event validated against its schema
 * in libs/contracts, rate limited, and acknowledged `{ ok, ... }`.
 */
@Injectable()
export class RealtimeService implements OnApplicationShutdown {
  private readonly logger = new Logger('Realtime');
  private readonly handlers = new Map<string, SocketHandler<ClientEventName>>();
  private io?: Server;
  private redis: RedisClientType[] = [];
  private readonly serverEvents = new Map<string, (...args: unknown[]) => void>();
  private readonly recoveryChecks: RecoveryCheck[] = [];
  private snapshots?: SessionSnapshots;

  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly redisStatus: RedisStatus,
  ) {}

  on<E extends ClientEventName>(event: E, handler: SocketHandler<E>): void {
    this.handlers.set(event, handler as unknown as SocketHandler<ClientEventName>);
  }

  /**
   * A connection that comes back within two minutes recovers its rooms and
   * the events it missed in them — but only if every check still allows
   * them (features check their own rooms: someone removed from a delegation
   * while offline gets nothing back; they reconnect as new and rejoin what
   * they may).
   */
  guardRecovery(check: RecoveryCheck): void {
    this.recoveryChecks.push(check);
  }

  /** Handles an announcement from another instance (see `toOtherServers`). */
  onServerEvent(event: string, handler: (...args: unknown[]) => void): void {
    this.serverEvents.set(event, handler);
    this.io?.on(event, handler);
  }

  /** Tells the other instances (through the adapter; a no-op on one instance). Nothing waits for them to answer. */
  toOtherServers(event: string, ...args: unknown[]): void {
    if (!this.io || !this.config.redisUrl) return;
    try {
      this.io.serverSideEmit(event, ...args);
    } catch (error) {
      this.logger.error(`Could not tell the other instances (${event}): ${String(error)}`);
    }
  }

  get server(): Server | undefined {
    return this.io;
  }

  async attach(httpServer: HttpServer): Promise<Server> {
    const origins = allowedOrigins(this.config);
    const io = new Server(httpServer, {
      path: '/socket.io',
      serveClient: false,
      maxHttpBufferSize: SOCKET_MAX_PAYLOAD_BYTES,
      // Another site's page may not open a live connection in its visitor's name (scripts send no Origin: allowed).
      allowRequest: (request, answer) => answer(null, isAllowedOrigin(request.headers.origin, origins)),
      destroyUpgrade: false,
      // Middlewares are skipped on recovery: Socket.IO replays missed events before they would run, and a socket
      // waiting on them misses broadcasts. Rights are checked instead when the session is restored (guardRecovery).
      connectionStateRecovery: { maxDisconnectionDuration: 2 * 60_000, skipMiddlewares: true },
    });
    if (this.config.redisUrl) {
      const client = createClient({ url: this.config.redisUrl }) as RedisClientType;
      this.redisStatus.watch(client, 'live rooms');
      await client.connect();
      this.redis.push(client);
      io.adapter(createAdapter(client, { streamName: `${this.config.redisPrefix}:socket.io` }));
      this.snapshots = new SessionSnapshots(io, () => client.isReady);
      this.snapshots.start();
    }
    this.checkRecoveries(io);
    io.use(async (socket, next) => {
      // An outage says so (the web app tries again); a bad token is UNAUTHENTICATED.
      const token = await authenticateHandshake(socket.handshake.auth?.token).catch((error: unknown) => (error instanceof AppError ? error : serviceUnavailable()));
      if (token instanceof AppError) return next(new Error(token.code));
      if (!token || !can(token.actor, 'realtime.connect')) return next(new Error('UNAUTHENTICATED'));
      (socket.data as SocketData).actor = token.actor;
      holdToken(socket, token);
      (socket.data as SocketData).rateLimit = new SocketRateLimit(this.config.socketEventBurst, this.config.socketEventsPerSecond);
      next();
    });
    io.on('connection', (socket) => this.bind(socket));
    for (const [event, handler] of this.serverEvents) io.on(event, handler);
    this.io = io;
    return io;
  }

  private checkRecoveries(io: Server): void {
    const adapter = io.of('/').adapter;
    const restore = adapter.restoreSession.bind(adapter);
    adapter.restoreSession = async (pid, offset): Promise<Session> => {
      const session = await restore(pid, offset);
      const userId = (session?.data as Partial<SocketData> | undefined)?.actor?.userId;
      const refused = null as unknown as Session; // Socket.IO reads null as "start a new session"
      if (!session || !userId) return refused;
      try {
        const rooms = new Set(session.rooms);
        for (const check of this.recoveryChecks) if (!(await check(userId, rooms))) return refused;
        // Events sent while the checks ran reached neither the missed list nor the socket (not yet
        // connected): put the session back (Redis hands it out once) and read it again, which collects them too.
        adapter.persistSession({ sid: session.sid, pid: session.pid, rooms: session.rooms, data: session.data });
        // Not found again: another connection took it meanwhile; this one starts afresh.
        return (await restore(pid, offset).catch(() => null)) ?? refused;
      } catch (error) {
        this.logger.error(`Could not check a recovered connection: ${String(error)}`);
        return refused;
      }
    };
  }

  private bind(socket: Socket): void {
    const data = socket.data as SocketData;
    // A recovered session's data may come back serialized (Redis): give it a live rate limit again.
    if (!(data.rateLimit instanceof SocketRateLimit)) data.rateLimit = new SocketRateLimit(this.config.socketEventBurst, this.config.socketEventsPerSecond);
    socket.join(`user:${data.actor.userId}`);
    socket.join(sessionRoom(data.sessionId));
    // A right lost while the session was being restored (after its check) would leave the socket in rooms
    // it was just removed from, once and for all: check again now that it is in them.
    if (socket.recovered) void this.recheckRecovered(socket);
    // One socket's events are handled one after the other, in the order they came: a leave sent just
    // before a join (a page remounting) cannot overtake it; events of different sockets still run side by side.
    let previous: Promise<unknown> = socket.recovered ? reauthenticateRecovered(socket, authenticateHandshake) : Promise.resolve();
    // Its session, for another instance to recover after a crash: once any re-authentication has passed. A socket the
    // server closes (sign-out, expiry, a right lost) must not come back that way: its session is cleared instead.
    previous = previous.then(() => this.snapshots?.save(socket));
    socket.on('disconnect', (reason) => {
      if (reason === 'server namespace disconnect') this.snapshots?.forget(socket);
    });
    socket.onAny((event: unknown, ...args: unknown[]) => {
      const ack = typeof args[args.length - 1] === 'function' ? (args.pop() as (reply: unknown) => void) : undefined;
      previous = previous
        .then(() => this.dispatch(socket, event, args[0]))
        .then((reply) => {
          // Rooms may have changed: the session another instance would recover after a crash follows them.
          this.snapshots?.save(socket);
          ack?.(reply);
        }, () => undefined);
    });
  }

  private async recheckRecovered(socket: Socket): Promise<void> {
    const { actor } = socket.data as SocketData;
    try {
      for (const check of this.recoveryChecks) {
        if (!(await check(actor.userId, socket.rooms))) return void socket.disconnect(true);
      }
    } catch (error) {
      this.logger.error(`Could not check a recovered connection again: ${String(error)}`);
      socket.disconnect(true);
    }
  }

  private async dispatch(socket: Socket, event: unknown, payload: unknown): Promise<object> {
    const fail = (error: AckError) => ({ ok: false, error });
    const data = socket.data as SocketData;
    if (tokenExpired(socket)) {
      endExpired(socket);
      return fail(SESSION_EXPIRED);
    }
    if (!data.rateLimit.take()) return fail({ code: 'RATE_LIMITED', message: 'Too many events; slow down.' });
    const schema = typeof event === 'string' ? clientEvents[event as ClientEventName] : undefined;
    const handler = typeof event === 'string' ? this.handlers.get(event) : undefined;
    if (!schema || !handler) return fail({ code: 'BAD_USER_INPUT', message: 'Unknown event.' });
    const parsed = schema.safeParse(payload);
    if (!parsed.success) {
      const issue = parsed.error.issues[0];
      return fail({ code: 'BAD_USER_INPUT', message: `Invalid payload: ${issue.path.join('.') || 'payload'} ${issue.message}` });
    }
    try {
      return { ok: true, ...(await handler(data.actor, parsed.data, socket)) };
    } catch (error) {
      if (error instanceof AppError) return fail({ code: error.code, message: error.message });
      if (isDatabaseUnavailable(error)) return fail({ code: 'SERVICE_UNAVAILABLE', message: serviceUnavailable().message });
      this.logger.error(error instanceof Error ? error.stack : String(error));
      return fail({ code: 'INTERNAL_SERVER_ERROR', message: 'Something went wrong on our side.' });
    }
  }

  /**
   * A person who lost access to a dossier leaves its rooms on every instance
   * at once (a broadcast: nothing waits for the other instances to answer).
   */
  evictFromDossier(userId: string, dossierId: string, rooms: string[]): void {
    if (!this.io) return;
    this.io.in(`user:${userId}`).socketsLeave(rooms);
    this.io.to(`user:${userId}`).emit('dossier:access-changed', { dossierId });
  }

  async onApplicationShutdown(): Promise<void> {
    this.snapshots?.stop();
    // Not io.close(): that would also close the HTTP server, which Nest owns.
    if (this.io) {
      this.io.local.disconnectSockets(true); // this instance's sockets only: the others keep serving
      this.io.engine.close();
    }
    await Promise.all(this.redis.map((client) => client.quit().catch(() => undefined)));
  }
}
