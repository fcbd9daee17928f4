import type { beforeHandleMessagePayload, connectedPayload, Extension, onAuthenticatePayload } from '@hocuspocus/server';
import type { Actor } from '../../access/actor';
import type { AccessChanges } from '../../realtime/access-changes';
import { isDatabaseUnavailable } from '../../common/service-unavailable';
import { EXPIRY_CLOSE_GRACE_MS } from '../../realtime/token-expiry';
import type { CollabAccess } from '../collab-access.service';

export interface CollabContext {
  actor: Actor;
  dossierId: string;
  /** When the access token presented expires (ms since the epoch): the connection ends then. */
  tokenExpiresAt: number;
  /** The sign-in it belongs to: signing out ends the connection. */
  sessionId: string;
}

type Connection = connectedPayload['connection'];

/** The WebSocket close code that makes the provider reconnect, asking the web app for a fresh token. */
export const TOKEN_EXPIRED_CLOSE = { code: 4401, reason: 'Unauthorized' } as const;
const MAX_TIMER_MS = 2 ** 31 - 1;

/**
 * A refused connection: Hocuspocus sends `reason` to the client (so the web
 * app can tell "sign in again" from "not yours"), and logs nothing — its
 * hooks log only errors with a message, and a refusal is not a fault.
 */
export class CollabRefusal extends Error {
  constructor(readonly reason: 'UNAUTHENTICATED' | 'NOT_FOUND' | 'SERVICE_UNAVAILABLE') {
    super('');
  }
}

/**
 * The same access token as GraphQL, checked by the same AccessTokenVerifier;
 * then the dossier policy decides: no grant, no connection; read-only
 * unless the grant says write. A connection lasts as long as its token: at
 * expiry (or at the first message after it) and on sign-out, its WebSocket
 * is closed with 4401, and the provider reconnects with a fresh token.
 */
export class AuthenticationExtension implements Extension {
  extensionName = 'tripart-authentication';
  private readonly open = new Map<Connection, ReturnType<typeof setTimeout>>();

  constructor(
    private readonly access: CollabAccess,
    accessChanges?: AccessChanges,
  ) {
    accessChanges?.onSessionEnded((sessionId) => this.endSession(sessionId));
  }

  async onAuthenticate({ token, documentName, connectionConfig }: onAuthenticatePayload): Promise<CollabContext> {
    // The database away (the token cannot be checked, nor the right): the web app tries again shortly.
    const unavailable = () => {
      throw new CollabRefusal('SERVICE_UNAVAILABLE');
    };
    const authenticated = await this.access.authenticate(token).catch(unavailable);
    if (!authenticated) throw new CollabRefusal('UNAUTHENTICATED');
    const grant = await this.access.grant(authenticated.actor, documentName).catch((error: unknown) => (isDatabaseUnavailable(error) ? unavailable() : Promise.reject(error)));
    if (!grant) throw new CollabRefusal('NOT_FOUND');
    connectionConfig.readOnly = !grant.canWrite;
    return { actor: authenticated.actor, dossierId: grant.dossierId, tokenExpiresAt: authenticated.expiresAt, sessionId: authenticated.sessionId };
  }

  async connected({ connection, context }: connectedPayload): Promise<void> {
    const { tokenExpiresAt } = context as CollabContext;
    const timer = setTimeout(() => this.close(connection), Math.min(MAX_TIMER_MS, Math.max(0, tokenExpiresAt + EXPIRY_CLOSE_GRACE_MS - Date.now())));
    timer.unref();
    this.open.set(connection, timer);
    connection.onClose(() => {
      clearTimeout(timer);
      this.open.delete(connection);
    });
  }

  /** Nothing from an expired token is applied: the message is held back for good, and the WebSocket closed. */
  async beforeHandleMessage({ connection, context }: beforeHandleMessagePayload): Promise<void> {
    if (Date.now() < (context as CollabContext).tokenExpiresAt) return;
    this.close(connection);
    // Never settles: a thrown error would be logged by Hocuspocus as a fault, and an expiry is not one.
    await new Promise<never>(() => undefined);
  }

  private endSession(sessionId: string): void {
    for (const connection of this.open.keys()) {
      if ((connection.context as CollabContext | undefined)?.sessionId === sessionId) this.close(connection);
    }
  }

  private close(connection: Connection): void {
    connection.webSocket.close(TOKEN_EXPIRED_CLOSE.code, TOKEN_EXPIRED_CLOSE.reason);
  }
}
