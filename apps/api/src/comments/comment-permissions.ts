import type { DossierStanding } from '../access/dossier-policy';
import type { Comment } from './comment.entity';

/** What a reader may do to a comment they can see; returned to the client so the UI never re-derives it. */
export function commentPermissions(standing: DossierStanding, comment: Comment) {
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
