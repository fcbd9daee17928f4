import type { TripartServer, TripartSocket } from './socket-types';

/** Written again at least this often, well inside the two minutes a snapshot lives. */
const REFRESH_EVERY_MS = 45_000;

/**
 * Socket.IO stores a connection's session (its rooms and data) for recovery
 * when the connection drops — on the instance that held it. An instance
 * killed outright stores nothing, so its connections could not recover on
 * another instance and missed what was sent meanwhile. Here each
 * connection's session is written to the shared adapter (Redis) whenever its
 * rooms may have changed, and refreshed before it expires: whichever
 * instance the connection lands on after a crash restores its rooms and its
 * missed events (rights checked again, as for any recovery).
 */
export class SessionSnapshots {
  private timer?: NodeJS.Timeout;

  constructor(
    private readonly io: TripartServer,
    /** Redis connected: while it is not, a snapshot would wait in the client's queue (unbounded); the refresh writes it later. */
    private readonly ready: () => boolean,
  ) {}

  start(): void {
    this.timer = setInterval(() => this.saveAll(), REFRESH_EVERY_MS);
    this.timer.unref();
  }

  stop(): void {
    if (this.timer) clearInterval(this.timer);
  }

  save(socket: TripartSocket): void {
    if (socket.connected) this.write(socket, [...socket.rooms], socket.data);
  }

  /** A session the server ended: what a recovery would find is empty (and refused: it names nobody). */
  forget(socket: TripartSocket): void {
    this.write(socket, [], {});
  }

  private write(socket: TripartSocket, rooms: string[], data: unknown): void {
    const pid = (socket as unknown as { pid?: string }).pid;
    if (!pid || !this.ready()) return;
    this.io.of('/').adapter.persistSession({ sid: socket.id, pid, rooms, data });
  }

  private saveAll(): void {
    for (const socket of this.io.of('/').sockets.values()) this.save(socket);
  }
}
