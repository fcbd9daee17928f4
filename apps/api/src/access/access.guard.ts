import { Injectable, type ExecutionContext } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { AuthGuard } from '@nestjs/passport';
import { forbidden, unauthenticated } from '../common/errors';
import { isDatabaseUnavailable, serviceUnavailable } from '../common/service-unavailable';
import { ACCESS_RULE, type AccessRule } from './access-rule.decorator';
import type { Actor } from './actor';
import { can } from './policy';
import { requestOf } from './request-context';

/**
 * Global guard, deny by default: an entry point without a declared rule is
 * refused; a non-public one needs a valid access token (the passport JWT
 * strategy) of an enabled user that the policy allows (for a dossier's
 * entry points, DossierAccess then decides in the dossier).
 */
@Injectable()
export class AccessGuard extends AuthGuard('jwt') {
  constructor(private readonly reflector: Reflector) {
    super();
  }

  override async canActivate(context: ExecutionContext): Promise<boolean> {
    if (context.getType<string>() === 'ws') return true; // sockets authenticate at the handshake
    const rule = this.reflector.getAllAndOverride<AccessRule | undefined>(ACCESS_RULE, [
      context.getHandler(),
      context.getClass(),
    ]);
    if (!rule) throw forbidden('This operation has no access rule and is refused.');
    if (rule.kind === 'public') return true;
    await super.canActivate(context);
    if (rule.kind !== 'action') return true; // in a dossier: DossierAccess decides, with the dossier the arguments name
    const actor = requestOf(context).user as Actor;
    if (!can(actor, rule.action)) throw forbidden();
    return true;
  }

  override getRequest(context: ExecutionContext) {
    return requestOf(context);
  }

  override handleRequest<T>(error: unknown, user: T): T {
    // Who the token names could not be read: that is an outage, not an expired session.
    if (isDatabaseUnavailable(error)) throw serviceUnavailable();
    if (error || !user) throw unauthenticated('Your session has expired or is not valid. Sign in again.');
    return user;
  }
}
