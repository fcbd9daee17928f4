import { Injectable, type CanActivate, type ExecutionContext } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { AccessTokenVerifier, bearerToken } from '../auth/access-token.verifier';
import { forbidden, unauthenticated } from '../common/errors';
import { ACCESS_RULE, type AccessRule } from './access-rule.decorator';
import { can } from './policy';
import { requestOf } from './request-context';

/**
 * Global guard, deny by default: an entry point without a declared rule is
 * refused; a non-public one needs a valid access token (AccessTokenVerifier,
 * as for sockets and Yjs) of an enabled user that the policy allows.
 */
@Injectable()
export class AccessGuard implements CanActivate {
  constructor(
    private readonly reflector: Reflector,
    private readonly tokens: AccessTokenVerifier,
  ) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    if (context.getType<string>() === 'ws') return true; // sockets authenticate at the handshake
    const rule = this.reflector.getAllAndOverride<AccessRule | undefined>(ACCESS_RULE, [
      context.getHandler(),
      context.getClass(),
    ]);
    if (!rule) throw forbidden('This operation has no access rule and is refused.');
    if (rule.kind === 'public') return true;
    const request = requestOf(context);
    // Who the token names could not be read: verify throws SERVICE_UNAVAILABLE, an outage, not an expired session.
    const token = await this.tokens.verify(bearerToken(request.headers.authorization));
    if (!token) throw unauthenticated('Your session has expired or is not valid. Sign in again.');
    request.user = token.actor;
    if (rule.kind !== 'action') return true; // in a dossier: DossierAccess decides, with the dossier the arguments name
    if (!can(token.actor, rule.action)) throw forbidden();
    return true;
  }
}
