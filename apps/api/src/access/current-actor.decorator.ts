import { createParamDecorator, type ExecutionContext } from '@nestjs/common';
import { unauthenticated } from '../common/errors';
import type { Actor } from './actor';
import { requestOf } from './request-context';

/** The actor the access guard established for this request. */
export const CurrentActor = createParamDecorator((_: unknown, context: ExecutionContext): Actor => {
  const actor = requestOf(context).user;
  if (!actor) throw unauthenticated();
  return actor;
});
