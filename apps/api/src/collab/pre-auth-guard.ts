import type { connectedPayload, Extension } from '@hocuspocus/server';
import * as decoding from 'lib0/decoding';
import type { WebSocket } from 'ws';

/** What a connection may send for documents it has not been let into yet, and how long it has to be let into one. */
export const PRE_AUTH_LIMITS = { messages: 64, bytes: 512 * 1024, ms: 10_000 };
export const PRE_AUTH_CLOSE = { code: 4408, reason: 'Authentication required' } as const;

/** A Hocuspocus message starts with its document's name. */
function documentNameOf(data: Buffer): string | null {
  try {
    return decoding.readVarString(decoding.createDecoder(new Uint8Array(data.buffer, data.byteOffset, data.byteLength)));
  } catch {
    return null;
  }
}

/**
 * Hocuspocus keeps every message that arrives for a document before the
 * connection is authenticated for it (to replay it after), without a bound —
 * and for good once authentication failed: a client sending document
 * messages without a token made the server hold hundreds of megabytes. Here
 * a connection may send only a little before it is let into a document (the
 * provider sends three messages), and must be let into one within seconds;
 * past either it is cut. Messages for documents it is in are not counted.
 */
export class PreAuthGuard implements Extension {
  extensionName = 'tripart-pre-auth';
  private readonly admitted = new WeakMap<object, Set<string>>();
  private readonly rearm = new WeakMap<object, () => void>();

  watch(ws: WebSocket): void {
    const admitted = new Set<string>();
    this.admitted.set(ws, admitted);
    let messages = 0;
    let bytes = 0;
    const cut = () => {
      ws.close(PRE_AUTH_CLOSE.code, PRE_AUTH_CLOSE.reason);
      ws.terminate();
    };
    let timer: NodeJS.Timeout | undefined;
    const armTimer = () => {
      clearTimeout(timer);
      timer = setTimeout(() => admitted.size === 0 && cut(), PRE_AUTH_LIMITS.ms);
      timer.unref();
    };
    armTimer();
    this.rearm.set(ws, armTimer);
    ws.on('message', (data: Buffer) => {
      const name = documentNameOf(data);
      if (name !== null && admitted.has(name)) return;
      messages += 1;
      bytes += data.byteLength;
      if (messages > PRE_AUTH_LIMITS.messages || bytes > PRE_AUTH_LIMITS.bytes) cut();
    });
    ws.once('close', () => clearTimeout(timer));
  }

  /**
   * Let into a document: its messages flow freely — until that document's
   * connection ends (closed by the server: access revoked, token expired),
   * when they count again, and a socket left in no document must be let
   * into one again within the time allowed.
   */
  async connected({ connection, documentName }: connectedPayload): Promise<void> {
    const admitted = this.admitted.get(connection.webSocket);
    if (!admitted) return;
    admitted.add(documentName);
    connection.onClose(() => {
      admitted.delete(documentName);
      if (admitted.size === 0) this.rearm.get(connection.webSocket)?.();
    });
  }
}
