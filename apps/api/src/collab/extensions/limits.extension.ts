import { Logger } from '@nestjs/common';
import type { beforeHandleMessagePayload, Extension } from '@hocuspocus/server';
import * as Y from 'yjs';

/** Largest single message, and largest document, a client may produce. */
export const MAX_MESSAGE_BYTES = 256 * 1024;
export const MAX_DOCUMENT_BYTES = 5 * 1024 * 1024;
const SIZE_CHECK_EVERY_BYTES = 64 * 1024;

/**
 * Refuses an oversized message, or one that would grow the document past
 * its limit: the connection is closed and the update never applied.
 */
export class LimitsExtension implements Extension {
  extensionName = 'tripart-limits';
  private readonly logger = new Logger('Collab');
  private readonly sinceMeasured = new WeakMap<object, number>();

  async beforeHandleMessage({ update, document, documentName, context }: beforeHandleMessagePayload): Promise<void> {
    const who = (context as { actor?: { userId: string } })?.actor?.userId ?? 'unknown';
    if (update.byteLength > MAX_MESSAGE_BYTES) {
      this.logger.warn(`Refused a ${update.byteLength}-byte message on ${documentName} from ${who}`);
      throw new Error('MESSAGE_TOO_LARGE');
    }
    // Encoding the whole document is costly: measure it again only after 64 KB of new messages.
    const grown = (this.sinceMeasured.get(document) ?? Number.POSITIVE_INFINITY) + update.byteLength;
    if (grown < SIZE_CHECK_EVERY_BYTES) {
      this.sinceMeasured.set(document, grown);
      return;
    }
    this.sinceMeasured.set(document, 0);
    if (Y.encodeStateAsUpdate(document).byteLength + update.byteLength > MAX_DOCUMENT_BYTES) {
      this.logger.warn(`Refused to grow ${documentName} past ${MAX_DOCUMENT_BYTES} bytes (from ${who})`);
      throw new Error('DOCUMENT_TOO_LARGE');
    }
  }
}
