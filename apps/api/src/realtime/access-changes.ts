import { Injectable } from '@nestjs/common';
import { ServerBus } from './server-bus';
import { SocketServer } from './socket-server';
import { signInRoom, userRoom } from './socket-rooms';

type RevokedListener = (userId: string, dossierId: string) => void;
type DocumentListener = (documentName: string) => Promise<void> | void;

/**
 * Where a changed right is announced, so that every live channel (Socket.IO
 * rooms, Yjs connections) acts on it at once without knowing each other —
 * on every instance: announcements travel to the others on the server bus
 * (ServerBusEvents in libs/contracts), and each instance applies them to its
 * own connections.
 */
@Injectable()
export class AccessChanges {
  private readonly revokedListeners: RevokedListener[] = [];
  private readonly documentListeners: DocumentListener[] = [];
  private readonly disabledListeners: Array<(userId: string) => void> = [];
  private readonly sessionListeners: Array<(sessionId: string) => void> = [];

  constructor(
    private readonly bus: ServerBus,
    private readonly sockets: SocketServer,
  ) {
    bus.on('tripart:access-revoked', (userId, dossierId) => this.applyRevoked(userId, dossierId));
    bus.on('tripart:user-disabled', (userId) => this.applyDisabled(userId));
    bus.on('tripart:session-ended', (sessionId) => this.applySessionEnded(sessionId));
    bus.on('tripart:document-rights-changed', (documentName) => void this.applyDocument(documentName));
  }

  /** An account was disabled: every live channel of that person closes, everywhere. */
  onUserDisabled(listener: (userId: string) => void): void {
    this.disabledListeners.push(listener);
  }

  userDisabled(userId: string): void {
    // Socket.IO's own broadcast reaches the person's sockets on every instance; Yjs connections are per instance.
    this.sockets.server?.in(userRoom(userId)).disconnectSockets(true);
    this.applyDisabled(userId);
    this.bus.publish('tripart:user-disabled', userId);
  }

  /** A sign-in ended (signed out): its live channels close, everywhere; the clients' next token is refused. */
  onSessionEnded(listener: (sessionId: string) => void): void {
    this.sessionListeners.push(listener);
  }

  sessionEnded(sessionId: string): void {
    this.sockets.server?.in(signInRoom(sessionId)).disconnectSockets(true);
    this.applySessionEnded(sessionId);
    this.bus.publish('tripart:session-ended', sessionId);
  }

  private applySessionEnded(sessionId: string): void {
    for (const listener of this.sessionListeners) listener(sessionId);
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
    this.bus.publish('tripart:access-revoked', userId, dossierId);
  }

  /** Resolves once this instance's connections follow the new rights (the others follow within moments). */
  async documentRightsChanged(documentName: string): Promise<void> {
    this.bus.publish('tripart:document-rights-changed', documentName);
    await this.applyDocument(documentName);
  }

  private applyRevoked(userId: string, dossierId: string): void {
    for (const listener of this.revokedListeners) listener(userId, dossierId);
  }

  private async applyDocument(documentName: string): Promise<void> {
    await Promise.all(this.documentListeners.map((listener) => listener(documentName)));
  }
}
