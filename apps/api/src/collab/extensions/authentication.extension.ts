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
export class AuthenticationExtension implements Extension {
  extensionName = 'tripart-authentication';

  constructor(private readonly access: CollabAccess) {}

  async onAuthenticate({ token, documentName, connectionConfig }: onAuthenticatePayload): Promise<CollabContext> {
    const actor = await authenticateHandshake(token);
    if (!actor) throw new Error('UNAUTHENTICATED');
    const grant = await this.access.grant(actor, documentName);
    if (!grant) throw new Error('NOT_FOUND');
    connectionConfig.readOnly = !grant.canWrite;
    return { actor, dossierId: grant.dossierId };
  }
}
