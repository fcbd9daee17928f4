import { Injectable } from '@nestjs/common';
import { RealtimeService } from './realtime.service';

type RevokedListener = (userId: string, dossierId: string) => void;
type DocumentListener = (documentName: string) => Promise<void> | void;

const REVOKED = 'tripart:access-revoked';
const DOCUMENT = 'tripart:document-rights-changed';

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

  constructor(private readonly realtime: RealtimeService) {
    realtime.onServerEvent(REVOKED, (userId, dossierId) => {
      if (typeof userId === 'string' && typeof dossierId === 'string') this.applyRevoked(userId, dossierId);
    });
    realtime.onServerEvent(DOCUMENT, (documentName) => {
      if (typeof documentName === 'string') void this.applyDocument(documentName);
    });
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
