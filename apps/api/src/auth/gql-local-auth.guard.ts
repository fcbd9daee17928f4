import { Injectable, type ExecutionContext } from '@nestjs/common';
import { GqlExecutionContext } from '@nestjs/graphql';
import { AuthGuard } from '@nestjs/passport';
import { unauthenticated } from '../common/errors';
import { WRONG_CREDENTIALS } from './sign-in.service';

/** Runs the passport local strategy on the `email`/`password` arguments of a GraphQL mutation. */
@Injectable()
export class GqlLocalAuthGuard extends AuthGuard('local') {
  override getRequest(context: ExecutionContext) {
    const gql = GqlExecutionContext.create(context);
    const request = gql.getContext().req;
    const { email, password } = gql.getArgs<{ email?: unknown; password?: unknown }>();
    request.body = { ...(request.body ?? {}), email, password };
    return request;
  }

  override handleRequest<T>(error: unknown, user: T): T {
    if (error) throw error;
    if (!user) throw unauthenticated(WRONG_CREDENTIALS);
    return user;
  }
}
