import { Injectable } from '@nestjs/common';
import { RealtimeService } from './realtime.service';
import { sessionRoom } from './token-expiry';

type RevokedListener = (userId: string, dossierId: string) => void;
type DocumentListener = (documentName: string) => Promise<void> | void;

const REVOKED = 'tripart:access-revoked';
const DOCUMENT = 'tripart:document-rights-changed';
const DISABLED = 'tripart:user-disabled';
const SESSION_ENDED = 'tripart:session-ended';

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
  private readonly documentListeners: DocumentListener[] = [];
  private readonly disabledListeners: Array<(userId: string) => void> = [];
  private readonly sessionListeners: Array<(sessionId: string) => void> = [];

  constructor(private readonly realtime: RealtimeService) {
    realtime.onServerEvent(REVOKED, (userId, dossierId) => {
      if (typeof userId === 'string' && typeof dossierId === 'string') this.applyRevoked(userId, dossierId);
    });
    realtime.onServerEvent(DISABLED, (userId) => {
      if (typeof userId === 'string') this.applyDisabled(userId);
    });
    realtime.onServerEvent(SESSION_ENDED, (sessionId) => {
      if (typeof sessionId === 'string') this.sessionListeners.forEach((listener) => listener(sessionId));
    });
    realtime.onServerEvent(DOCUMENT, (documentName) => {
      if (typeof documentName === 'string') void this.applyDocument(documentName);
    });
  }

  /** An account was disabled: every live channel of that person closes, everywhere. */
  onUserDisabled(listener: (userId: string) => void): void {
    this.disabledListeners.push(listener);
  }

  userDisabled(userId: string): void {
    // Socket.IO's own broadcast reaches the person's sockets on every instance; Yjs connections are per instance.
    this.realtime.server?.in(`user:${userId}`).disconnectSockets(true);
    this.applyDisabled(userId);
    this.realtime.toOtherServers(DISABLED, userId);
  }

  /** A sign-in ended (signed out): its live channels close, everywhere; the clients' next token is refused. */
  onSessionEnded(listener: (sessionId: string) => void): void {
    this.sessionListeners.push(listener);
  }

  sessionEnded(sessionId: string): void {
    this.realtime.server?.in(sessionRoom(sessionId)).disconnectSockets(true);
    this.sessionListeners.forEach((listener) => listener(sessionId));
    this.realtime.toOtherServers(SESSION_ENDED, sessionId);
  }

  private applyDisabled(userId: string): void {
    for (const listener of this.disabledListeners) listener(userId);
  }

  onRevoked(listener: RevokedListener): void {
    this.revokedListeners.push(listener);
  }

  /**
   * Who may write a document changed (a joint text locked or unlocked). The
   * announcement carries no rights: each instance reads them again from the
   * database, so a late or reordered message cannot apply stale ones.
   */
  onDocumentRightsChanged(listener: DocumentListener): void {
    this.documentListeners.push(listener);
  }

  revoked(userId: string, dossierId: string): void {
    this.applyRevoked(userId, dossierId);
    this.realtime.toOtherServers(REVOKED, userId, dossierId);
  }

  /** Resolves once this instance's connections follow the new rights (the others follow within moments). */
  async documentRightsChanged(documentName: string): Promise<void> {
    this.realtime.toOtherServers(DOCUMENT, documentName);
    await this.applyDocument(documentName);
  }

  private applyRevoked(userId: string, dossierId: string): void {
    for (const listener of this.revokedListeners) listener(userId, dossierId);
  }

  private async applyDocument(documentName: string): Promise<void> {
    await Promise.all(this.documentListeners.map((listener) => listener(documentName)));
  }
}
