import type { SelectQueryBuilder } from 'typeorm';
import type { DossierStanding } from '../access/dossier-policy';
import type { Comment } from './comment.entity';

/**
 * The privacy invariant in SQL: the comments a person may see are the
 * plenary ones, plus their own delegation's when they are a delegate. Every
 * query that reads comments (threads, counts, exports) goes through here.
 */
export function visibleTo<T extends SelectQueryBuilder<Comment>>(query: T, alias: string, standing: DossierStanding): T {
  const delegationId = standing.role === 'DELEGATE' ? standing.delegationId : null;
  if (!delegationId) return query.andWhere(`${alias}.visibility = 'PLENARY'`);
  return query.andWhere(`(${alias}.visibility = 'PLENARY' OR (${alias}.visibility = 'DELEGATION' AND ${alias}.delegation_id = :scopeDelegationId))`, {
    scopeDelegationId: delegationId,
  });
}
