import { useQuery } from '@apollo/client';
import type { CommentVisibility } from '@tripart/contracts';
import { MentionCandidatesDocument } from '../../../gql/graphql';
import type { DossierPerson } from './mention-candidates';

export type MentionCandidatesByVisibility = Record<CommentVisibility, readonly DossierPerson[]>;

const NOBODY: MentionCandidatesByVisibility = { PLENARY: [], DELEGATION: [] };

/** Whom I may name in a plenary comment and in a caucus note of this dossier: the API's answer (its policy), fetched once. */
export function useMentionCandidates(dossierId: string): MentionCandidatesByVisibility {
  // Asked again whenever a panel opens: the composition may have changed since (a cached answer is shown meanwhile).
  const { data } = useQuery(MentionCandidatesDocument, { variables: { dossierId }, fetchPolicy: 'cache-and-network' });
  if (!data?.dossier) return NOBODY;
  return { PLENARY: data.dossier.plenaryMentionCandidates, DELEGATION: data.dossier.caucusMentionCandidates };
}
