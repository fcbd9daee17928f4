import type { EventEmitter } from 'node:events';
import { Logger } from '@nestjs/common';

interface Watched {
  label: string;
  up: boolean;
}

/**
 * This instance's Redis clients, watched: while Redis is away a client emits
 * an error per reconnect attempt, and an unhandled one is printed by the
 * client library every time. Here an outage is logged once when it starts
 * and once when the client is ready again (the client keeps reconnecting),
 * and /health tells which clients are down.
 */
export class RedisStatus {
  private readonly clients = new Map<EventEmitter, Watched>();
  private readonly logger = new Logger('Redis');

  watch(client: EventEmitter, label: string): void {
    const watched: Watched = { label, up: true };
    this.clients.set(client, watched);
    client.on('error', (error: Error) => {
      if (!watched.up) return;
      watched.up = false;
      this.logger.warn(`${label}: unavailable (${error.message}); reconnecting`);
    });
    client.on('ready', () => {
      if (watched.up) return;
      watched.up = true;
      this.logger.log(`${label}: connected again`);
    });
    client.on('end', () => this.clients.delete(client));
  }

  /** Labels of the clients that are not connected now. */
  down(): string[] {
    return [...this.clients.values()].filter((watched) => !watched.up).map((watched) => watched.label);
  }

  get watching(): boolean {
    return this.clients.size > 0;
  }
}
