import { SetMetadata } from '@nestjs/common';
import type { Action } from './policy';

export const ACCESS_RULE = 'tripart:access-rule';

/** `public`: anyone, signed in or not. Otherwise a signed-in actor the policy allows. */
export type AccessRule = { kind: 'public' } | { kind: 'action'; action: Action };

/** Reachable without signing in. Use sparingly: sign-in, invitations, health. */
export const Public = () => SetMetadata(ACCESS_RULE, { kind: 'public' } satisfies AccessRule);

/** Reachable by a signed-in actor the policy allows to do `action`. */
export const Allow = (action: Action) => SetMetadata(ACCESS_RULE, { kind: 'action', action } satisfies AccessRule);
