import { HocuspocusProvider, HocuspocusProviderWebsocket } from '@hocuspocus/provider';
import WebSocket from 'ws';
import * as Y from 'yjs';

export interface CollabClient {
  doc: Y.Doc;
  provider: HocuspocusProvider;
  socket: HocuspocusProviderWebsocket;
  /** Resolves when synced, rejects when the server refuses the connection. */
  ready: Promise<void>;
  text(): string;
  destroy(): void;
}

/**
 * A real Node Yjs client over a real WebSocket, as the web app's editor is in a browser.
 * Pass the `doc` of a client whose server went away to carry on elsewhere, as a browser
 * behind a load balancer does: what it typed meanwhile syncs on connect.
 */
export function connectCollab(
  baseUrl: string,
  name: string,
  token: string,
  { doc = new Y.Doc(), maxAttempts = 1 }: { doc?: Y.Doc; maxAttempts?: number } = {},
): CollabClient {
  // maxAttempts 0 retries forever, as the web app does (a last failed attempt is an unhandled rejection in the provider).
  const socket = new HocuspocusProviderWebsocket({ url: `${baseUrl.replace(/^http/, 'ws')}/collab`, WebSocketPolyfill: WebSocket, maxAttempts });
  let resolveReady!: () => void;
  let rejectReady!: (error: Error) => void;
  const ready = new Promise<void>((resolve, reject) => {
    resolveReady = resolve;
    rejectReady = reject;
  });
  const provider = new HocuspocusProvider({
    websocketProvider: socket,
    name,
    document: doc,
    token,
    onSynced: () => resolveReady(),
    onAuthenticationFailed: ({ reason }) => rejectReady(new Error(`refused: ${reason}`)),
  });
  provider.attach();
  return {
    doc,
    provider,
    socket,
    ready,
    text: () => doc.getText('body').toString(),
    destroy: () => {
      provider.destroy();
      socket.destroy();
    },
  };
}

export async function until(condition: () => boolean, timeoutMs = 3000): Promise<void> {
  const started = Date.now();
  while (!condition()) {
    if (Date.now() - started > timeoutMs) throw new Error('condition not met in time');
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}
