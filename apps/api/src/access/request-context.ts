import type { ExecutionContext } from '@nestjs/common';
import { GqlExecutionContext } from '@nestjs/graphql';
import type { Request } from 'express';
import { unauthenticated } from '../common/errors';
import type { Actor } from './actor';

export type ActorRequest = Request & { user?: Actor };

/** The HTTP request behind a GraphQL or plain HTTP call. */
export function requestOf(context: ExecutionContext): ActorRequest {
  if (context.getType<string>() === 'graphql') return GqlExecutionContext.create(context).getContext().req;
  return context.switchToHttp().getRequest();
}

/** What Apollo hands every resolver as its third argument (see graphql-options). */
export interface GraphqlContext {
  req: ActorRequest;
}

/**
 * The actor of a GraphQL call, for "fast" field resolvers: those that take
 * graphql-js's own (parent, args, context) instead of Nest parameter
 * decorators, so Nest calls them directly — no pipes, no promises per
 * parameter — on fields resolved for every row of a long list.
 */
export function actorOfContext(context: GraphqlContext): Actor {
  const actor = context.req.user;
  if (!actor) throw unauthenticated();
  return actor;
}
