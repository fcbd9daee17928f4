import type { Extension, onAuthenticatePayload } from '@hocuspocus/server';
import type { Actor } from '../../access/actor';
import { authenticateHandshake } from '../../realtime/socket-auth';
import type { CollabAccess } from '../collab-access.service';

export interface CollabContext {
  actor: Actor;
  dossierId: string;
}

/**
 * The same access token as GraphQL, checked by the same passport strategy;
 * then the dossier policy decides: no grant, no connection; read-only
 * unless the grant says write.
 */
/**
 * A refused connection: Hocuspocus sends `reason` to the client (so the web
 * app can tell "sign in again" from "not yours"), and logs nothing — its
 * hooks log only errors with a message, and a refusal is not a fault.
 */
export class CollabRefusal extends Error {
  constructor(readonly reason: 'UNAUTHENTICATED' | 'NOT_FOUND') {
    super('');
  }
}

export class AuthenticationExtension implements Extension {
  extensionName = 'tripart-authentication';

  constructor(private readonly access: CollabAccess) {}

  async onAuthenticate({ token, documentName, connectionConfig }: onAuthenticatePayload): Promise<CollabContext> {
    const actor = await authenticateHandshake(token);
    if (!actor) throw new CollabRefusal('UNAUTHENTICATED');
    const grant = await this.access.grant(actor, documentName);
    if (!grant) throw new CollabRefusal('NOT_FOUND');
    connectionConfig.readOnly = !grant.canWrite;
    return { actor, dossierId: grant.dossierId };
  }
}
