import type { SelectQueryBuilder } from 'typeorm';
import { canInDossier, type DossierStanding } from './dossier-policy';

/**
 * The privacy invariant, twice, side by side: a comment reaches a person who
 * may read the dossier when it is plenary, and a DELEGATION comment only the
 * members of its delegation. `canSeeComment` decides for one comment in
 * memory; `visibleTo` is the same rule as SQL for every query that reads
 * comments (threads, counts, exports). A property test
 * (comment-visibility.spec.ts) proves they agree on random people × comments.
 */
export function canSeeComment(
  standing: DossierStanding,
  comment: { visibility: 'DELEGATION' | 'PLENARY'; delegationId: string | null },
): boolean {
  if (comment.visibility === 'PLENARY') return canInDossier(standing, 'dossier.read');
  return standing.role === 'DELEGATE' && standing.delegationId !== null && comment.delegationId === standing.delegationId;
}

/** `canSeeComment` as a filter on a query of comments (aliased `alias`), for a person who may read the dossier. */
export function visibleTo<T extends SelectQueryBuilder<object>>(query: T, alias: string, standing: DossierStanding): T {
  const delegationId = standing.role === 'DELEGATE' ? standing.delegationId : null;
  if (!delegationId) return query.andWhere(`${alias}.visibility = 'PLENARY'`);
  return query.andWhere(`(${alias}.visibility = 'PLENARY' OR (${alias}.visibility = 'DELEGATION' AND ${alias}.delegation_id = :scopeDelegationId))`, {
    scopeDelegationId: delegationId,
  });
}

/** Who may be named with @ in a comment: a participant of the dossier who will read it. */
export function mayBeMentioned(candidate: DossierStanding, comment: { visibility: 'DELEGATION' | 'PLENARY'; delegationId: string | null }): boolean {
  return candidate.role !== null && canSeeComment(candidate, comment);
}
