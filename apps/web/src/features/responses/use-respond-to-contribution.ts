import { useMutation } from '@apollo/client';
import { ContributionResponsesDocument, RespondToContributionDocument, type ResponseVerdict } from '../../gql/graphql';

export interface ResponseDraft {
  dossierId: string;
  submissionId: string;
  provisionId: string;
  verdict: ResponseVerdict;
  reasons: string;
  record: boolean;
}

/** Saves (or records, for the government's lead) a response; the counts are asked again once it is saved. */
export function useRespondToContribution(dossierId: string) {
  const [mutate, state] = useMutation(RespondToContributionDocument, {
    refetchQueries: [{ query: ContributionResponsesDocument, variables: { dossierId } }],
    awaitRefetchQueries: true,
  });
  const respond = (input: ResponseDraft) => mutate({ variables: { input } });
  return { respond, ...state };
}
