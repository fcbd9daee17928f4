import { Logger } from '@nestjs/common';
import type { beforeHandleMessagePayload, Extension } from '@hocuspocus/server';
import * as decoding from 'lib0/decoding';

/** Hocuspocus message types a client may not send: stateless messages speak for the server here. */
const STATELESS = 5;
const BROADCAST_STATELESS = 6;

/**
 * Refuses stateless messages from clients. Tripart's editors get their
 * rights from the server in stateless messages; Hocuspocus would relay a
 * client's "broadcast stateless" to every editor of the document, letting
 * anyone — a read-only observer included — speak for the server. The
 * connection is closed and nothing is relayed.
 */
export class ClientMessagesExtension implements Extension {
  extensionName = 'tripart-client-messages';
  private readonly logger = new Logger('Collab');

  async beforeHandleMessage({ update, documentName, context }: beforeHandleMessagePayload): Promise<void> {
    const type = messageType(update);
    if (type !== STATELESS && type !== BROADCAST_STATELESS) return;
    const who = (context as { actor?: { userId: string } })?.actor?.userId ?? 'unknown';
    this.logger.warn(`Refused a stateless message on ${documentName} from ${who}`);
    throw new Error('STATELESS_NOT_ALLOWED');
  }
}

/** A message starts with the document's name, then its type. */
function messageType(message: Uint8Array): number | null {
  try {
    const decoder = decoding.createDecoder(message);
    decoding.readVarString(decoder);
    return decoding.readVarUint(decoder);
  } catch {
    return null;
  }
}
