import { Injectable, Logger } from '@nestjs/common';
import type { Session } from 'socket.io-adapter';
import { SessionSnapshots } from './session-snapshots';
import type { SocketData, TripartServer, TripartSocket } from './socket-types';

/** May this person get these rooms back (and the events they missed in them) on reconnecting? */
export type RecoveryCheck = (userId: string, rooms: ReadonlySet<string>) => Promise<boolean>;

/**
 * A restore reads Redis, and Socket.IO answers the connection only after it: while Redis is away the read would wait
 * in the client's queue, and the person with it, disconnected, for the whole outage. Past this (or at once when Redis
 * is known to be away) the connection starts afresh instead: the client joins again and reads the state.
 */
export const RESTORE_DEADLINE_MS = 2_000;

const within = <T>(work: Promise<T>, ms: number): Promise<T | null> => {
  let timer: NodeJS.Timeout | undefined;
  const late = new Promise<null>((resolve) => (timer = setTimeout(() => resolve(null), ms)));
  work.catch(() => undefined); // answered after the deadline, or failed: nobody waits for it any more
  return Promise.race([work, late]).finally(() => clearTimeout(timer));
};

/**
 * A connection that comes back within two minutes recovers its rooms and the
 * events it missed in them — but only if every check still allows them
 * (features check their own rooms: someone removed from a delegation while
 * offline gets nothing back; they reconnect as new and rejoin what they may).
 * With Redis, on whichever instance it comes back to, even after a crash of
 * the one it left (SessionSnapshots).
 */
@Injectable()
export class SocketRecovery {
  private readonly logger = new Logger('Realtime');
  private readonly checks: RecoveryCheck[] = [];
  private snapshots?: SessionSnapshots;

  guard(check: RecoveryCheck): void {
    this.checks.push(check);
  }

  attach(io: TripartServer, sharedReady?: () => boolean): void {
    this.checkRestores(io, sharedReady ?? (() => true));
    if (!sharedReady) return;
    this.snapshots = new SessionSnapshots(io, sharedReady);
    this.snapshots.start();
  }

  /**
   * A socket connected, new or recovered. Resolves when its events may be
   * handled: a recovered one's token checked again first (SocketAuth).
   */
  connected(socket: TripartSocket, reauthenticate: (socket: TripartSocket) => Promise<void>): Promise<void> {
    // A right lost while the session was being restored (after its check) would leave the socket in rooms
    // it was just removed from, once and for all: check again now that it is in them.
    if (socket.recovered) void this.recheck(socket);
    // Its session, for another instance to recover after a crash: once any re-authentication has passed. A socket the
    // server closes (sign-out, expiry, a right lost) must not come back that way: its session is cleared instead.
    socket.on('disconnect', (reason) => {
      if (reason === 'server namespace disconnect') this.snapshots?.forget(socket);
    });
    return (socket.recovered ? reauthenticate(socket) : Promise.resolve()).then(() => this.save(socket));
  }

  /** Rooms may have changed: the session another instance would recover after a crash follows them. */
  save(socket: TripartSocket): void {
    this.snapshots?.save(socket);
  }

  stop(): void {
    this.snapshots?.stop();
  }

  private checkRestores(io: TripartServer, sharedReady: () => boolean): void {
    const adapter = io.of('/').adapter;
    const restoreNow = adapter.restoreSession.bind(adapter);
    const restore = (pid: string, offset: string) => (sharedReady() ? within(restoreNow(pid, offset), RESTORE_DEADLINE_MS) : Promise.resolve(null));
    adapter.restoreSession = async (pid, offset): Promise<Session> => {
      const session = await restore(pid, offset);
      const userId = (session?.data as Partial<SocketData> | undefined)?.actor?.userId;
      const refused = null as unknown as Session; // Socket.IO reads null as "start a new session"
      if (!session || !userId) return refused;
      try {
        const rooms = new Set(session.rooms);
        for (const check of this.checks) if (!(await check(userId, rooms))) return refused;
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

  private async recheck(socket: TripartSocket): Promise<void> {
    try {
      for (const check of this.checks) {
        if (!(await check(socket.data.actor.userId, socket.rooms))) return void socket.disconnect(true);
      }
    } catch (error) {
      this.logger.error(`Could not check a recovered connection again: ${String(error)}`);
      socket.disconnect(true);
    }
  }
}
