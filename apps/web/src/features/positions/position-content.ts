import { saysSomething, type Constituency, type ProvisionContent } from '@tripart/contracts';
import type { SubmissionFieldsFragment } from '../../gql/graphql';

export {
  POSITION_STANCES,
  isStance,
  positionKeys,
  provisionContent,
  renderPosition,
  textOf,
  type PositionContent,
  type PositionStance,
  type ProvisionContent,
} from '@tripart/contracts';

export const SIDES: readonly Constituency[] = ['GOVERNMENT', 'EMPLOYERS', 'WORKERS'];

/** Has this provision changed since the submission? A provision absent from it counted as "no position". */
export function changedSince(live: ProvisionContent, submitted: Pick<SubmissionFieldsFragment, 'content'> | null | undefined): boolean {
  if (!submitted) return saysSomething(live);
  const before = submitted.content.provisions.find((p) => p.provisionId === live.provisionId);
  const was = before ?? { stance: 'NO_POSITION', rationale: '', proposedWording: '' };
  return was.stance !== live.stance || was.rationale !== live.rationale || was.proposedWording !== live.proposedWording;
}

export type PaperFilter = 'all' | 'noPosition' | 'changed';

export function matchesFilter(filter: PaperFilter, live: ProvisionContent, latestMine: Pick<SubmissionFieldsFragment, 'content'> | null | undefined): boolean {
  if (filter === 'noPosition') return live.stance === 'NO_POSITION';
  if (filter === 'changed') return changedSince(live, latestMine);
  return true;
}

/** Submissions on one draft, per side, oldest first (as the API lists them). */
export function submissionsBySide(submissions: readonly SubmissionFieldsFragment[], draftId: string): Record<Constituency, SubmissionFieldsFragment[]> {
  const bySide: Record<Constituency, SubmissionFieldsFragment[]> = { GOVERNMENT: [], EMPLOYERS: [], WORKERS: [] };
  for (const submission of submissions) if (submission.draftId === draftId) bySide[submission.constituency].push(submission);
  for (const side of SIDES) bySide[side].sort((a, b) => a.number - b.number);
  return bySide;
}

export const emptyProvision = (provisionId: string): ProvisionContent => ({ provisionId, stance: 'NO_POSITION', rationale: '', proposedWording: '' });

export function submittedProvision(submission: Pick<SubmissionFieldsFragment, 'content'> | null | undefined, provisionId: string): ProvisionContent | null {
  if (!submission) return null;
  return submission.content.provisions.find((p) => p.provisionId === provisionId) ?? emptyProvision(provisionId);
}
