import type { DossierStanding } from './dossier-policy';

/** What of a comment decides what may be done to it. */
export interface CommentFacts {
  authorId: string;
  deletedAt: Date | null;
  visibility: 'DELEGATION' | 'PLENARY';
  delegationId: string | null;
  parentId: string | null;
}

/**
 * What a reader may do to a comment they can see — edit (its author), delete
 * (its author; a facilitator a plenary one), resolve a thread (its author, a
 * lead of the author's side, a facilitator) — returned to the client so the
 * UI never re-derives it, and checked by every comment write.
 */
export function commentPermissions(standing: DossierStanding, comment: CommentFacts) {
  const own = comment.authorId === standing.actor.userId;
  const live = !comment.deletedAt;
  const facilitator = standing.role === 'FACILITATOR';
  const leadOfAuthorsSide = standing.isLead && standing.delegationId !== null && standing.delegationId === comment.delegationId;
  return {
    canEdit: live && own,
    canDelete: live && (own || (facilitator && comment.visibility === 'PLENARY')),
    canResolve: live && !comment.parentId && (own || leadOfAuthorsSide || facilitator),
  };
}
