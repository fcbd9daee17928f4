import type { IncomingMessage, Server as HttpServer } from 'node:http';
import type { Duplex } from 'node:stream';
import { Hocuspocus, type Extension } from '@hocuspocus/server';
import { Inject, Injectable, Logger, type BeforeApplicationShutdown } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { WebSocketServer } from 'ws';
import { APP_CONFIG, type AppConfig } from '../config/app-config';
import { Metrics } from '../health/metrics';
import { AccessChanges } from '../realtime/access-changes';
import { CollabAccess } from './collab-access.service';
import { AuthenticationExtension, type CollabContext } from './extensions/authentication.extension';
import { LimitsExtension } from './extensions/limits.extension';
import { MetricsExtension } from './extensions/metrics.extension';
import { PersistenceExtension } from './extensions/persistence.extension';
import { RedisSyncExtension } from './extensions/redis-sync.extension';

export const COLLAB_PATH = '/collab';

/** The stateless message an editor receives when its right to write changes. */
export const accessMessage = (writable: boolean) => JSON.stringify({ type: 'tripart:access', writable });

/**
 * The Yjs server (Hocuspocus), on the API's own HTTP server and port: the
 * `upgrade` requests under /collab come here, the rest go to Socket.IO.
 * Built from small extensions, one concern each.
 */
@Injectable()
export class CollabServer implements BeforeApplicationShutdown {
  readonly hocuspocus: Hocuspocus;
  private readonly logger = new Logger('Collab');
  private readonly sockets = new WebSocketServer({ noServer: true, maxPayload: 1024 * 1024 });

  constructor(
    @Inject(APP_CONFIG) config: AppConfig,
    @InjectDataSource() dataSource: DataSource,
    access: CollabAccess,
    metrics: Metrics,
    accessChanges: AccessChanges,
  ) {
    accessChanges.onRevoked((userId, dossierId) => this.revoke(userId, dossierId));
    accessChanges.onWritersChanged((documentName, writerIds) => this.setWritable(documentName, (context) => writerIds.has(context.actor.userId)));
    const extensions: Extension[] = [
      new AuthenticationExtension(access),
      new LimitsExtension(),
      new PersistenceExtension(dataSource),
      new MetricsExtension(metrics.registry, {
        documents: () => this.hocuspocus.getDocumentsCount(),
        connections: () => this.hocuspocus.getConnectionsCount(),
      }),
    ];
    if (config.redisUrl) {
      const url = new URL(config.redisUrl);
      extensions.push(
        new RedisSyncExtension({ host: url.hostname, port: Number(url.port || 6379), prefix: `${config.redisPrefix}:collab`, options: url.password ? { password: decodeURIComponent(url.password) } : {} }),
      );
    }
    // Stored at most 2 s after a change (debounce 1 s, at the latest 2 s).
    this.hocuspocus = new Hocuspocus({ name: 'tripart', quiet: true, debounce: 1000, maxDebounce: 2000, extensions });
  }

  attach(httpServer: HttpServer): void {
    httpServer.on('upgrade', (request: IncomingMessage, socket: Duplex, head: Buffer) => {
      const path = new URL(request.url ?? '/', 'http://localhost').pathname;
      if (path !== COLLAB_PATH && !path.startsWith(`${COLLAB_PATH}/`)) return; // Socket.IO's
      this.sockets.handleUpgrade(request, socket, head, (ws) => this.hocuspocus.handleConnection(ws, request));
    });
  }

  /** A person who lost access to a dossier loses its open documents at once. */
  revoke(userId: string, dossierId: string): void {
    for (const connection of this.connections()) {
      const context = connection.context as CollabContext | undefined;
      if (context?.actor.userId === userId && context.dossierId === dossierId) connection.close({ code: 4403, reason: 'Forbidden' });
    }
  }

  /**
   * Applies a new write right (drafting locked or unlocked) to this
   * instance's open connections of a document, and tells each editor whose
   * right changed with a stateless message, so that it stops (or starts)
   * offering to edit without waiting for anything else.
   */
  setWritable(documentName: string, writable: (context: CollabContext) => boolean): void {
    const document = this.hocuspocus.documents.get(documentName);
    for (const connection of document?.getConnections() ?? []) {
      const readOnly = !writable(connection.context as CollabContext);
      if (connection.readOnly === readOnly) continue;
      connection.readOnly = readOnly;
      connection.sendStateless(accessMessage(!readOnly));
    }
  }

  private connections() {
    return [...this.hocuspocus.documents.values()].flatMap((document) => document.getConnections());
  }

  /** Before the database closes: stores every open document, then closes the connections (clients reconnect elsewhere). */
  async beforeApplicationShutdown(): Promise<void> {
    for (const document of this.hocuspocus.documents.values()) {
      try {
        await this.hocuspocus.storeDocumentHooks(document, {
          clientsCount: document.getConnectionsCount(),
          context: {},
          document,
          documentName: document.name,
          instance: this.hocuspocus,
          requestHeaders: {},
          requestParameters: new URLSearchParams(),
          socketId: 'shutdown',
        } as never, true);
      } catch (error) {
        this.logger.error(`Could not store ${document.name} on shutdown: ${String(error)}`);
      }
    }
    this.hocuspocus.closeConnections();
    this.sockets.close();
    for (const extension of this.hocuspocus.configuration.extensions) await extension.onDestroy?.({ instance: this.hocuspocus });
  }
}
