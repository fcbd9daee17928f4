import { Logger } from '@nestjs/common';
import { Redis, type Configuration } from '@hocuspocus/extension-redis';
import { OutgoingMessage, type Document, type onChangePayload } from '@hocuspocus/server';
import * as encoding from 'lib0/encoding';

/** y-protocols' sync message type of a state diff (applied as an update). */
const SYNC_STEP_2 = 1;
/** A full state exchange per document at most this often, to heal a message Redis pub/sub lost. */
export const RESYNC_EVERY_MS = 1000;

/**
 * Keeps instances in sync through Redis with one message per change.
 *
 * The stock extension answers every change with a first sync step (a state
 * vector): the other instance replies with a state diff and its own state
 * vector, and only then gets the change — two Redis round trips and two
 * diffs over the whole document per keystroke. Here a change travels as
 * itself (a sync step 2 carrying the update, applied on the other side under
 * the extension's own origin, so it is not echoed back), and the full
 * exchange runs at most once a second per document, when the document is
 * loaded, and after Redis reconnects — what pub/sub may have dropped is
 * repaired within a second.
 *
 * Storing takes no Redis lock (see onStoreDocument).
 */
export class RedisSyncExtension extends Redis {
  private readonly lastFullSync = new Map<string, number>();
  private destroyed = false;
  private readonly logger = new Logger('Collab');

  constructor(configuration: Partial<Configuration>) {
    super(configuration);
    this.sub.on('ready', () => this.resyncAll());
    this.guardIncomingMessages();
  }

  /**
   * The stock handler is not awaited by the Redis client: a malformed
   * message (another deployment, a bug, a hostile publisher) would be an
   * unhandled rejection. Such a message is logged and dropped.
   */
  private guardIncomingMessages(): void {
    const self = this as unknown as { handleIncomingMessage: (channel: Buffer, data: Buffer) => Promise<void> };
    const handle = self.handleIncomingMessage;
    this.sub.off('messageBuffer', handle);
    self.handleIncomingMessage = async (channel, data) => {
      try {
        await handle(channel, data);
      } catch (error) {
        this.logger.warn(`Dropped a malformed Redis message on ${String(channel)}: ${String(error)}`);
      }
    };
    this.sub.on('messageBuffer', self.handleIncomingMessage);
  }

  override async onChange(data: onChangePayload): Promise<unknown> {
    if (data.transactionOrigin === this.redisTransactionOrigin) return undefined;
    const message = new OutgoingMessage(data.documentName).createSyncMessage();
    encoding.writeVarUint(message.encoder, SYNC_STEP_2);
    encoding.writeVarUint8Array(message.encoder, data.update);
    const published = this.publish(data.documentName, message.toUint8Array());
    const now = Date.now();
    if (now - (this.lastFullSync.get(data.documentName) ?? 0) >= RESYNC_EVERY_MS) {
      this.lastFullSync.set(data.documentName, now);
      await this.publishStateVector(data.documentName, data.document);
    }
    return published;
  }

  /**
   * No Redis lock around a store: the database merges every store into what
   * is stored, under the row's lock, so two instances storing the same
   * document at once cannot take anything from each other, and a store does
   * not wait for (or fail with) Redis.
   */
  override async onStoreDocument(): Promise<void> {
    return undefined;
  }

  override async afterStoreDocument(): Promise<void> {
    return undefined;
  }

  override async afterUnloadDocument(data: Parameters<Redis['afterUnloadDocument']>[0]): Promise<void> {
    this.lastFullSync.delete(data.documentName);
    // Documents unloaded after shutdown closed the clients have nothing to unsubscribe from.
    if (this.destroyed) return undefined;
    return super.afterUnloadDocument(data);
  }

  override async onDestroy(): Promise<void> {
    this.destroyed = true;
    return super.onDestroy();
  }

  private resyncAll(): void {
    for (const [name, document] of this.instance?.documents ?? []) void this.publishStateVector(name, document);
  }

  private publishStateVector(documentName: string, document: Document): Promise<number> {
    return this.publish(documentName, new OutgoingMessage(documentName).createSyncMessage().writeFirstSyncStepFor(document).toUint8Array());
  }

  /** As the stock extension frames its messages: our identifier first, so that we ignore our own. */
  private publish(documentName: string, message: Uint8Array): Promise<number> {
    return this.pub.publish(`${this.configuration.prefix}:${documentName}`, Buffer.concat([this.messagePrefix, Buffer.from(message)]));
  }
}
