import type { Server as HttpServer } from 'node:http';
import { Injectable, type OnApplicationShutdown } from '@nestjs/common';
import type { ClientEventName, ServerEventName, ServerEventPayload } from '@tripart/contracts';
import { ClientEventDispatcher, type SocketHandler } from './client-event-dispatcher';
import { ServerBus } from './server-bus';
import { SocketAuth } from './socket-auth';
import { signInRoom, userRoom } from './socket-rooms';
import { SocketRecovery, type RecoveryCheck } from './socket-recovery';
import { SocketServer } from './socket-server';
import type { TripartServer, TripartSocket } from './socket-types';

export type { SocketHandler } from './client-event-dispatcher';
export type { RecoveryCheck } from './socket-recovery';

/** A room's emit without its per-event overloads (the payload is typed by `notify`). */
type Emit = (event: string, payload: unknown) => boolean;

/**
 * The live side as features use it: handle a client event (`on`), tell a
 * room what changed (`notify`), decide what a reconnecting socket gets back
 * (`guardRecovery`). Built from one part per concern: the server and its
 * adapter (SocketServer), the handshake (SocketAuth), client-event dispatch
 * (ClientEventDispatcher), recovery (SocketRecovery) and the messages to the
 * other instances (ServerBus).
 */
@Injectable()
export class RealtimeService implements OnApplicationShutdown {
  constructor(
    private readonly sockets: SocketServer,
    private readonly auth: SocketAuth,
    private readonly dispatcher: ClientEventDispatcher,
    private readonly recovery: SocketRecovery,
    private readonly bus: ServerBus,
  ) {}

  on<E extends ClientEventName>(event: E, handler: SocketHandler<E>): void {
    this.dispatcher.on(event, handler);
  }

  guardRecovery(check: RecoveryCheck): void {
    this.recovery.guard(check);
  }

  /** Sends a server event to everyone in a room (or rooms), on every instance: only events and payloads of libs/contracts. */
  notify<E extends ServerEventName>(room: string | string[], event: E, payload: ServerEventPayload<E>): void {
    const target = this.sockets.server?.to(room);
    (target?.emit as Emit | undefined)?.call(target, event, payload);
  }

  get server(): TripartServer | undefined {
    return this.sockets.server;
  }

  /** Whether a person has a socket in a room on this instance (asking every instance would hold the answer for seconds). */
  async hasLocalSocketIn(room: string, userId: string): Promise<boolean> {
    const sockets = (await this.sockets.server?.in(room).local.fetchSockets()) ?? [];
    return sockets.some((socket) => socket.data.actor?.userId === userId);
  }

  async attach(httpServer: HttpServer): Promise<TripartServer> {
    const { io, sharedReady } = await this.sockets.create(httpServer);
    this.recovery.attach(io, sharedReady);
    io.use(this.auth.handshake);
    io.on('connection', (socket) => this.connected(socket));
    this.bus.attach(io);
    return io;
  }

  /**
   * A person who lost access to a dossier leaves its rooms on every instance
   * at once (a broadcast: nothing waits for the other instances to answer).
   */
  evictFromDossier(userId: string, dossierId: string, rooms: string[]): void {
    this.sockets.server?.in(userRoom(userId)).socketsLeave(rooms);
    this.notify(userRoom(userId), 'dossier:access-changed', { dossierId });
  }

  async onApplicationShutdown(): Promise<void> {
    this.recovery.stop();
    await this.sockets.close();
  }

  private connected(socket: TripartSocket): void {
    void socket.join([userRoom(socket.data.actor.userId), signInRoom(socket.data.sessionId)]);
    const ready = this.recovery.connected(socket, (recovered) => this.auth.reauthenticate(recovered));
    this.dispatcher.serve(socket, ready, () => this.recovery.save(socket));
  }
}
