import { Injectable } from '@nestjs/common';
import { RealtimeService } from './realtime.service';

type RevokedListener = (userId: string, dossierId: string) => void;
type WritersListener = (documentName: string, writerIds: ReadonlySet<string>) => void;

const REVOKED = 'tripart:access-revoked';
const WRITERS = 'tripart:writers-changed';

/**
 * Where a changed right is announced, so that every live channel (Socket.IO
 * rooms, Yjs connections) acts on it at once without knowing each other —
 * on every instance: announcements travel to the others through the
 * Socket.IO adapter (Redis), and each instance applies them to its own
 * connections.
 */
@Injectable()
export class AccessChanges {
  private readonly revokedListeners: RevokedListener[] = [];
  private readonly writersListeners: WritersListener[] = [];

  constructor(private readonly realtime: RealtimeService) {
    realtime.onServerEvent(REVOKED, (userId, dossierId) => {
      if (typeof userId === 'string' && typeof dossierId === 'string') this.applyRevoked(userId, dossierId);
    });
    realtime.onServerEvent(WRITERS, (documentName, writerIds) => {
      if (typeof documentName === 'string' && Array.isArray(writerIds)) this.applyWriters(documentName, new Set(writerIds.map(String)));
    });
  }

  onRevoked(listener: RevokedListener): void {
    this.revokedListeners.push(listener);
  }

  /** Who may now write a document (a joint text locked or unlocked); everyone else reads only. */
  onWritersChanged(listener: WritersListener): void {
    this.writersListeners.push(listener);
  }

  revoked(userId: string, dossierId: string): void {
    this.applyRevoked(userId, dossierId);
    this.realtime.toOtherServers(REVOKED, userId, dossierId);
  }

  writersChanged(documentName: string, writerIds: ReadonlySet<string>): void {
    this.applyWriters(documentName, writerIds);
    this.realtime.toOtherServers(WRITERS, documentName, [...writerIds]);
  }

  private applyRevoked(userId: string, dossierId: string): void {
    for (const listener of this.revokedListeners) listener(userId, dossierId);
  }

  private applyWriters(documentName: string, writerIds: ReadonlySet<string>): void {
    for (const listener of this.writersListeners) listener(documentName, writerIds);
  }
}
