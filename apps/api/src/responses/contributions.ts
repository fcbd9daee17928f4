import { isContribution, type Constituency } from '@tripart/contracts';
import type { Submission } from '../positions/submission.entity';

type Entry = Submission['content']['provisions'][number];

/** What a side said on a provision in one earlier submission, before it changed it. */
export interface EarlierContribution {
  submissionId: string;
  submissionNumber: number;
  stance: string;
  rationale: string;
  proposedWording: string;
}

/** One contribution: what a side submitted on one provision, in its latest submission on a draft. */
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
  /**
   * The submission the government's response answers: the earliest of the side's run of submissions
   * on this draft that said exactly this (stance, rationale and wording) on the provision — this one
   * unless the side resubmitted it unchanged.
   */
  answersSubmissionId: string;
  answersSubmissionNumber: number;
  /** What the side said on the provision before it changed it, newest first (each may have its own answer). */
  earlier: EarlierContribution[];
}

const sameSaying = (a: Entry, b: Entry) => a.stance === b.stance && a.rationale === b.rationale && a.proposedWording === b.proposedWording;

/**
 * The contributions the government answers: each provision of the social partners' latest
 * submission per draft on which the side gave a stance, a rationale or a wording. The government's
 * own submissions are its position, not contributions to answer. Given earlier submissions too,
 * each contribution knows the submission its answer belongs to (a resubmission that leaves a
 * provision unchanged keeps that provision's answer) and what the side said before it changed it.
 */
export function contributionsOf(submissions: readonly Submission[]): ContributionEntry[] {
  const runs = new Map<string, Submission[]>();
  for (const submission of submissions) {
    if (submission.constituency === 'GOVERNMENT') continue;
    const key = `${submission.delegationId}:${submission.draftId}`;
    const run = runs.get(key);
    if (run) run.push(submission);
    else runs.set(key, [submission]);
  }
  // Each earlier submission's entries by provision, built once (a linear search per contribution cost
  // ~8 ms a read at 90 submissions × 300 provisions: bench:record).
  const entries = new Map<Submission, Map<string, Entry>>();
  const entryOf = (submission: Submission, provisionId: string): Entry | undefined => {
    let byProvision = entries.get(submission);
    if (!byProvision) entries.set(submission, (byProvision = new Map(submission.content.provisions.map((entry) => [entry.provisionId, entry]))));
    return byProvision.get(provisionId);
  };
  const histories = [...runs.values()].map((run) => [...run].sort((a, b) => b.number - a.number));
  histories.sort((a, b) => a[0].submittedAt.getTime() - b[0].submittedAt.getTime());
  return histories.flatMap(([latest, ...before]) =>
    latest.content.provisions.filter(isContribution).map((entry) => {
      const said = before.map((submission) => ({ submission, entry: entryOf(submission, entry.provisionId) }));
      const unchanged = said.findIndex((earlier) => !earlier.entry || !sameSaying(earlier.entry, entry));
      const run = unchanged === -1 ? said : said.slice(0, unchanged);
      const answers = run.at(-1)?.submission ?? latest;
      return {
        submissionId: latest.id,
        submissionNumber: latest.number,
        submittedAt: latest.submittedAt,
        delegationId: latest.delegationId,
        constituency: latest.constituency,
        draftId: latest.draftId,
        provisionId: entry.provisionId,
        stance: entry.stance,
        rationale: entry.rationale,
        proposedWording: entry.proposedWording,
        answersSubmissionId: answers.id,
        answersSubmissionNumber: answers.number,
        earlier: said
          .slice(run.length)
          .filter((earlier): earlier is { submission: Submission; entry: Entry } => !!earlier.entry && isContribution(earlier.entry))
          .map(({ submission, entry: earlierEntry }) => ({
            submissionId: submission.id,
            submissionNumber: submission.number,
            stance: earlierEntry.stance,
            rationale: earlierEntry.rationale,
            proposedWording: earlierEntry.proposedWording,
          })),
      };
    }),
  );
}

/** The contribution as shown: its side's latest submission and the provision. */
export const contributionKey = (entry: { submissionId: string; provisionId: string }) => `${entry.submissionId}:${entry.provisionId}`;

/** Where the government's response to a contribution is kept: the submission it answers and the provision. */
export const answerKey = (entry: { answersSubmissionId: string; provisionId: string }) => `${entry.answersSubmissionId}:${entry.provisionId}`;
