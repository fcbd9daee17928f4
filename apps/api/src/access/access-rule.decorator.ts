import { SetMetadata } from '@nestjs/common';
import type { DossierAction } from './dossier-policy';
import type { Action } from './policy';

export const ACCESS_RULE = 'tripart:access-rule';

/**
 * The rules in access/ that refine a dossier action for one subject (whose
 * delegation, whose comment): the entry point asks the dossier action of
 * DossierAccess, then this rule with the subject.
 */
export type SubjectRule =
  | 'delegationSeating'
  | 'mayChangeLead'
  | 'canDecideForDelegation'
  | 'commentWriteFor'
  | 'commentPermissions'
  | 'ownDelegation'
  | 'leadsOwnSide'
  | 'respondsForGovernment';

/**
 * What an entry point allows, as the access snapshot records it:
 * `public`, anyone; `action`, a signed-in actor the policy allows;
 * `dossier`, a signed-in actor whom DossierAccess allows `action` in the
 * dossier the arguments name (an outsider gets NOT_FOUND), refined by a
 * subject rule where the answer depends on the subject; `mine`, lists
 * filtered to the dossiers the actor may read.
 */
export type AccessRule =
  | { kind: 'public' }
  | { kind: 'action'; action: Action }
  | { kind: 'dossier'; action: DossierAction; refinedBy?: SubjectRule }
  | { kind: 'mine' };

/** Reachable without signing in. Use sparingly: sign-in, invitations, health. */
export const Public = () => SetMetadata(ACCESS_RULE, { kind: 'public' } satisfies AccessRule);

/** Reachable by a signed-in actor the policy allows to do `action`. */
export const Allow = (action: Action) => SetMetadata(ACCESS_RULE, { kind: 'action', action } satisfies AccessRule);

/** Reachable by a signed-in actor; DossierAccess then decides `action` in the dossier the arguments name (and `refinedBy` for the subject). */
export const InDossier = (action: DossierAction, refinedBy?: SubjectRule) =>
  SetMetadata(ACCESS_RULE, { kind: 'dossier', action, ...(refinedBy ? { refinedBy } : {}) } satisfies AccessRule);

/** A list of what the actor may read, across the dossiers they take part in (administrators: all). */
export const AcrossMyDossiers = () => SetMetadata(ACCESS_RULE, { kind: 'mine' } satisfies AccessRule);

/** The rule as the access snapshot shows it. */
export function describeRule(rule: AccessRule | undefined): string {
  if (!rule) return 'MISSING';
  if (rule.kind === 'public') return 'public';
  if (rule.kind === 'action') return rule.action;
  if (rule.kind === 'mine') return 'dossier.read, each of mine';
  return `in dossier: ${rule.action}${rule.refinedBy ? ` + ${rule.refinedBy}` : ''}`;
}
