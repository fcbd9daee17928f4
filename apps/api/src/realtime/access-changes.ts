import { Injectable } from '@nestjs/common';

type RevokedListener = (userId: string, dossierId: string) => void;

/**
 * Where a lost right is announced, so that every live channel (Socket.IO
 * rooms, Yjs connections) can act on it at once without knowing each other.
 */
@Injectable()
export class AccessChanges {
  private readonly listeners: RevokedListener[] = [];

  onRevoked(listener: RevokedListener): void {
    this.listeners.push(listener);
  }

  revoked(userId: string, dossierId: string): void {
    for (const listener of this.listeners) listener(userId, dossierId);
  }
}
