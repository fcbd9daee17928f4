import { Injectable, type CanActivate, type ExecutionContext } from '@nestjs/common';
import { GqlExecutionContext } from '@nestjs/graphql';
import type { Request } from 'express';
import { unauthenticated } from '../common/errors';
import { SignInService, WRONG_CREDENTIALS } from './sign-in.service';

/**
 * Checks the `email`/`password` arguments of a GraphQL mutation (with
 * throttling per account and client address, see SignInService) and hands
 * the user to the resolver as `request.user`.
 */
@Injectable()
export class GqlLocalAuthGuard implements CanActivate {
  constructor(private readonly signIn: SignInService) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    const gql = GqlExecutionContext.create(context);
    const request = gql.getContext<{ req: Request & { user?: unknown } }>().req;
    const { email, password } = gql.getArgs<{ email?: unknown; password?: unknown }>();
    // Nothing to check is no attempt: it counts against nobody.
    if (!email || !password) throw unauthenticated(WRONG_CREDENTIALS);
    // The client address is Express's `request.ip`: the peer, or the forwarded one behind a proxy on the loopback (`trust proxy`).
    request.user = await this.signIn.checkCredentials(email, password, request.ip ?? request.socket.remoteAddress ?? 'unknown');
    return true;
  }
}
