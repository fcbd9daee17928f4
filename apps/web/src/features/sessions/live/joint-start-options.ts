import type { Constituency } from '@tripart/contracts';

export interface SubmissionLike {
  id: string;
  number: number;
  constituency: Constituency;
  delegationId: string;
  submittedAt: string;
  content: { provisions: Array<{ provisionId: string; proposedWording: string }> };
}

export interface JointStartOption {
  value: string;
  from: 'PROVISION' | 'SUBMISSION';
  submissionId?: string;
  constituency?: Constituency;
  number?: number;
}

/**
 * What the facilitator may start an item's joint text from: the provision's
 * wording, then each side's newest submission that proposes a wording for it.
 */
export function jointStartOptions(provisionId: string | null, submissions: readonly SubmissionLike[]): JointStartOption[] {
  if (!provisionId) return [];
  const newest = new Map<string, SubmissionLike>();
  for (const submission of submissions) {
    const current = newest.get(submission.delegationId);
    if (!current || submission.number > current.number) newest.set(submission.delegationId, submission);
  }
  const order: Constituency[] = ['GOVERNMENT', 'EMPLOYERS', 'WORKERS'];
  const fromSubmissions = [...newest.values()]
    .filter((submission) => submission.content.provisions.some((p) => p.provisionId === provisionId && p.proposedWording.trim()))
    .sort((a, b) => order.indexOf(a.constituency) - order.indexOf(b.constituency))
    .map((submission) => ({ value: submission.id, from: 'SUBMISSION' as const, submissionId: submission.id, constituency: submission.constituency, number: submission.number }));
  return [{ value: 'PROVISION', from: 'PROVISION' }, ...fromSubmissions];
}
