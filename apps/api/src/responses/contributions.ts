import { isContribution, type Constituency } from '@tripart/contracts';
import type { Submission } from '../positions/submission.entity';

/** One contribution: what a side submitted on one provision, in one submission. */
export interface ContributionEntry {
  submissionId: string;
  submissionNumber: number;
  submittedAt: Date;
  delegationId: string;
  constituency: Constituency;
  draftId: string;
  provisionId: string;
  stance: string;
  rationale: string;
  proposedWording: string;
}

/**
 * The contributions the government answers: each provision of the social
 * partners' latest submissions on which the side gave a stance, a rationale
 * or a wording. The government's own submissions are its position, not
 * contributions to answer.
 */
export function contributionsOf(submissions: readonly Submission[]): ContributionEntry[] {
  return submissions
    .filter((submission) => submission.constituency !== 'GOVERNMENT')
    .flatMap((submission) =>
      submission.content.provisions.filter(isContribution).map((entry) => ({
        submissionId: submission.id,
        submissionNumber: submission.number,
        submittedAt: submission.submittedAt,
        delegationId: submission.delegationId,
        constituency: submission.constituency,
        draftId: submission.draftId,
        provisionId: entry.provisionId,
        stance: entry.stance,
        rationale: entry.rationale,
        proposedWording: entry.proposedWording,
      })),
    );
}

export const contributionKey = (entry: { submissionId: string; provisionId: string }) => `${entry.submissionId}:${entry.provisionId}`;
