import type { ExecutionContext } from '@nestjs/common';
import { GqlExecutionContext } from '@nestjs/graphql';
import type { Request } from 'express';
import type { Actor } from './actor';

export type ActorRequest = Request & { user?: Actor };

/** The HTTP request behind a GraphQL or plain HTTP call. */
export function requestOf(context: ExecutionContext): ActorRequest {
  if (context.getType<string>() === 'graphql') return GqlExecutionContext.create(context).getContext().req;
  return context.switchToHttp().getRequest();
}
