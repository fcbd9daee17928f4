import type { Server as HttpServer } from 'node:http';
import { Inject, Injectable, Logger } from '@nestjs/common';
import { createAdapter } from '@socket.io/redis-streams-adapter';
import { createClient, type RedisClientType } from 'redis';
import { Server } from 'socket.io';
import { SOCKET_MAX_PAYLOAD_BYTES, type ClientEvents, type ServerBusEvents, type ServerEvents } from '@tripart/contracts';
import { allowedOrigins, isAllowedOrigin } from '../common/allowed-origin';
import { APP_CONFIG, type AppConfig } from '../config/app-config';
import { RedisStatus } from '../health/redis-status';
import { observedRedisClient } from './observed-redis-client';
import type { SocketData, TripartServer } from './socket-types';

export interface CreatedServer {
  io: TripartServer;
  /** With Redis: whether the adapter's connection is up now (what it stores meanwhile would wait in the client's queue). */
  sharedReady?: () => boolean;
}

/** The Socket.IO server on the API's HTTP server and, with REDIS_URL, its adapter to the other instances. */
@Injectable()
export class SocketServer {
  private io?: TripartServer;
  private redis?: RedisClientType;
  private readonly logger = new Logger('Realtime');
  /** A command nobody waited for failed since Redis was last ready (said once per outage: RedisStatus tells of the outage). */
  private unansweredSaid = false;

  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly redisStatus: RedisStatus,
  ) {}

  get server(): TripartServer | undefined {
    return this.io;
  }

  async create(httpServer: HttpServer): Promise<CreatedServer> {
    const origins = allowedOrigins(this.config);
    const io = new Server<ClientEvents, ServerEvents, ServerBusEvents, SocketData>(httpServer, {
      path: '/socket.io',
      serveClient: false,
      maxHttpBufferSize: SOCKET_MAX_PAYLOAD_BYTES,
      // Another site's page may not open a live connection in its visitor's name (scripts send no Origin: allowed).
      allowRequest: (request, answer) => answer(null, isAllowedOrigin(request.headers.origin, origins)),
      destroyUpgrade: false,
      // Middlewares are skipped on recovery: Socket.IO replays missed events before they would run, and a socket
      // waiting on them misses broadcasts. Rights are checked instead when the session is restored (SocketRecovery).
      connectionStateRecovery: { maxDisconnectionDuration: 2 * 60_000, skipMiddlewares: true },
    });
    this.io = io;
    if (!this.config.redisUrl) return { io };
    const client = createClient({ url: this.config.redisUrl }) as RedisClientType;
    this.redisStatus.watch(client, 'live rooms');
    client.on('ready', () => (this.unansweredSaid = false));
    await client.connect();
    this.redis = client;
    // The adapter sends some commands without waiting for them: their failure is reported, never an unhandled rejection.
    const shared = observedRedisClient(client, (command, error) => this.unanswered(command, error));
    io.adapter(createAdapter(shared, { streamName: `${this.config.redisPrefix}:socket.io` }));
    return { io, sharedReady: () => client.isReady };
  }

  private unanswered(command: string, error: unknown): void {
    if (this.unansweredSaid) return;
    this.unansweredSaid = true;
    this.logger.warn(
      `Commands in flight were dropped as Redis went away (${command}: ${String(error)}): a recovery snapshot is written again at the next event, a change the other instances missed shows there as a gap`,
    );
  }

  /** This instance's sockets close (the others keep serving); not io.close(), which would close Nest's HTTP server too. */
  async close(): Promise<void> {
    if (this.io) {
      this.io.local.disconnectSockets(true);
      this.io.engine.close();
    }
    await this.redis?.quit().catch(() => undefined);
  }
}
