import type { IncomingMessage, Server as HttpServer } from 'node:http';
import type { Duplex } from 'node:stream';
import { Hocuspocus, type Extension } from '@hocuspocus/server';
import IORedis from 'ioredis';
import * as Y from 'yjs';
import { textOf } from '@tripart/contracts';
import { Inject, Injectable, Logger, type BeforeApplicationShutdown } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { WebSocketServer } from 'ws';
import { APP_CONFIG, type AppConfig } from '../config/app-config';
import { Metrics } from '../health/metrics';
import { AccessChanges } from '../realtime/access-changes';
import { CollabAccess } from './collab-access.service';
import { AuthenticationExtension, type CollabContext } from './extensions/authentication.extension';
import { ClientMessagesExtension } from './extensions/client-messages.extension';
import { LimitsExtension } from './extensions/limits.extension';
import { MetricsExtension } from './extensions/metrics.extension';
import { PersistenceExtension, storedMessage } from './extensions/persistence.extension';
import { RedisSyncExtension } from './extensions/redis-sync.extension';
import { refuseForeignUpgrade } from '../common/allowed-origin';
import { CollabDocumentRepository } from './collab-document.repository';
import { DocumentStore } from './document-store';
import { PreAuthGuard } from './pre-auth-guard';
import { ServerEdit } from './server-edit';
import { isDatabaseUnavailable } from '../common/service-unavailable';
import { RedisStatus } from '../health/redis-status';

export const COLLAB_PATH = '/collab';
/** How long a document loaded for reading waits for the other instances' unsaved changes through Redis. */
const REDIS_CATCH_UP_MS = 300;
/** On shutdown, unstored documents are tried this long (the database may be coming back; main.ts exits after 10 s). */
const SHUTDOWN_STORE_MS = 7_000;

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
  private readonly redisSync: boolean;
  /** Documents with changes not yet in the database, stored until they are. */
  readonly store: DocumentStore;
  private readonly preAuth = new PreAuthGuard();

  constructor(
    @Inject(APP_CONFIG) config: AppConfig,
    @InjectDataSource() dataSource: DataSource,
    private readonly access: CollabAccess,
    metrics: Metrics,
    accessChanges: AccessChanges,
    redisStatus: RedisStatus,
  ) {
    const documents = new CollabDocumentRepository(dataSource);
    this.store = new DocumentStore((name, state) => documents.store(name, state), undefined, {
      onStoredChanged: (name, stored) => this.tellEditors(name, storedMessage(stored)),
      onClean: (name) => this.unloadIfIdle(name),
    });
    accessChanges.onRevoked((userId, dossierId) => this.revoke(userId, dossierId));
    accessChanges.onDocumentRightsChanged((documentName) => this.recheck(documentName));
    accessChanges.onUserDisabled((userId) => this.closeUser(userId));
    const extensions: Extension[] = [
      this.preAuth,
      new AuthenticationExtension(access, accessChanges),
      new ClientMessagesExtension(),
      new LimitsExtension(),
      new PersistenceExtension(documents, this.store),
      new MetricsExtension(metrics.registry, {
        documents: () => this.hocuspocus.getDocumentsCount(),
        connections: () => this.hocuspocus.getConnectionsCount(),
      }),
    ];
    this.redisSync = Boolean(config.redisUrl);
    if (config.redisUrl) {
      const redisUrl = config.redisUrl;
      // The whole URL (TLS with rediss://, user, password, database), as Socket.IO's adapter reads it.
      const createClient = () => {
        const client = new IORedis(redisUrl);
        redisStatus.watch(client, 'co-drafting');
        return client;
      };
      extensions.push(new RedisSyncExtension({ createClient, prefix: `${config.redisPrefix}:collab` }));
    }
    // Stores are the document store's to schedule (1 s after a change, at the latest 2 s, retried): Hocuspocus'
    // own debounced store, a trigger only, is pushed far out so that it fires only when the last editor leaves.
    this.hocuspocus = new Hocuspocus({ name: 'tripart', quiet: true, debounce: 60_000, maxDebounce: 120_000, extensions });
  }

  attach(httpServer: HttpServer, origins: ReadonlySet<string>): void {
    httpServer.on('upgrade', (request: IncomingMessage, socket: Duplex, head: Buffer) => {
      const path = new URL(request.url ?? '/', 'http://localhost').pathname;
      if (path !== COLLAB_PATH && !path.startsWith(`${COLLAB_PATH}/`)) return; // Socket.IO's
      if (refuseForeignUpgrade(request, socket, origins)) return;
      this.sockets.handleUpgrade(request, socket, head, (ws) => {
        this.preAuth.watch(ws);
        this.hocuspocus.handleConnection(ws, request);
      });
    });
  }

  /**
   * A document as it stands now: from memory when it is open here, else
   * loaded (from PostgreSQL, and brought up to date through Redis by the
   * other instances, whose latest edits may not be stored yet). Handed to
   * `read` while the document is held open.
   */
  async read<T>(documentName: string, read: (document: Y.Doc) => T): Promise<T> {
    const open = this.hocuspocus.documents.get(documentName);
    if (open) return read(open);
    const connection = await this.hocuspocus.openDirectConnection(documentName, { reader: 'server' });
    try {
      if (this.redisSync) await new Promise((resolve) => setTimeout(resolve, REDIS_CATCH_UP_MS));
      return read(connection.document!);
    } finally {
      await connection.disconnect();
    }
  }

  /** The plain text of a document's rich-text field, as it stands now (see `read`). */
  readText(documentName: string, field = 'default'): Promise<string> {
    return this.read(documentName, (document) => textOf(document.getXmlFragment(field)));
  }

  /**
   * Holds a document open for a change of the server's own (see ServerEdit),
   * as it stands now: like `read`, a document not open here waits for the other
   * instances' unstored edits first, else a replacement would leave them in.
   */
  async edit(documentName: string): Promise<ServerEdit> {
    const openHere = this.hocuspocus.documents.has(documentName);
    const connection = await this.hocuspocus.openDirectConnection(documentName, { writer: 'server' });
    if (!openHere && this.redisSync) await new Promise((resolve) => setTimeout(resolve, REDIS_CATCH_UP_MS));
    return new ServerEdit(connection);
  }

  /** A disabled account loses every open document at once. */
  closeUser(userId: string): void {
    for (const connection of this.connections()) {
      if ((connection.context as CollabContext | undefined)?.actor.userId === userId) connection.close({ code: 4401, reason: 'Unauthorized' });
    }
  }

  /** A person who lost access to a dossier loses its open documents at once. */
  revoke(userId: string, dossierId: string): void {
    for (const connection of this.connections()) {
      const context = connection.context as CollabContext | undefined;
      if (context?.actor.userId === userId && context.dossierId === dossierId) connection.close({ code: 4403, reason: 'Forbidden' });
    }
  }

  /**
   * Reads the rights of this instance's open connections of a document again
   * (drafting locked or unlocked): a lost right closes the connection, a
   * changed one flips it read-only or writable, and the editor is told with a
   * stateless message so that it stops (or starts) offering to edit at once.
   */
  async recheck(documentName: string): Promise<void> {
    const connections = this.hocuspocus.documents.get(documentName)?.getConnections() ?? [];
    await Promise.all(
      connections.map(async (connection) => {
        const context = connection.context as CollabContext;
        const grant = await this.access.grant(context.actor, documentName).catch((error: unknown) => (isDatabaseUnavailable(error) ? undefined : null));
        // The database away: the right cannot be read now, and an outage is no reason to close anyone's document.
        if (grant === undefined) return this.logger.warn(`Could not check the rights on ${documentName} again (database unavailable)`);
        if (!grant) return connection.close({ code: 4403, reason: 'Forbidden' });
        const readOnly = !grant.canWrite;
        if (connection.readOnly === readOnly) return undefined;
        connection.readOnly = readOnly;
        connection.sendStateless(accessMessage(grant.canWrite));
        return undefined;
      }),
    );
  }

  private connections() {
    return [...this.hocuspocus.documents.values()].flatMap((document) => document.getConnections());
  }

  /** Sends a stateless message to this instance's editors of a document. */
  private tellEditors(documentName: string, message: string): void {
    for (const connection of this.hocuspocus.documents.get(documentName)?.getConnections() ?? []) connection.sendStateless(message);
  }

  /** A document kept in memory for its unstored changes goes once they are stored and nobody has it open. */
  private unloadIfIdle(documentName: string): void {
    const document = this.hocuspocus.documents.get(documentName);
    if (document && document.getConnectionsCount() === 0) void this.hocuspocus.unloadDocument(document);
  }

  /**
   * Before the database closes: stores every document with unstored changes
   * (trying for a while if the database is away), then closes the
   * connections (clients reconnect elsewhere).
   */
  async beforeApplicationShutdown(): Promise<void> {
    const left = await this.store.flushAll(Date.now() + SHUTDOWN_STORE_MS);
    for (const name of left) this.logger.error(`Could not store ${name} before shutdown: its latest changes live only in the editors and other instances`);
    this.store.close();
    this.hocuspocus.closeConnections();
    this.sockets.close();
    for (const extension of this.hocuspocus.configuration.extensions) await extension.onDestroy?.({ instance: this.hocuspocus });
  }
}
