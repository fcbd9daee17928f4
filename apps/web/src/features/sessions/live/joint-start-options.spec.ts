import { jointStartOptions, type SubmissionLike } from './joint-start-options';

const submission = (overrides: Partial<SubmissionLike>): SubmissionLike => ({
  id: 's',
  number: 1,
  constituency: 'WORKERS',
  delegationId: 'd-w',
  submittedAt: '2026-11-28T10:00:00Z',
  content: { provisions: [{ provisionId: 'p1', proposedWording: 'Our words' }] },
  ...overrides,
});

describe('joint text starting points', () => {
  it('offers nothing for a free topic', () => {
    expect(jointStartOptions(null, [submission({})])).toEqual([]);
  });

  it('offers the provision first, then each side’s newest submission that proposes a wording, by side', () => {
    const options = jointStartOptions('p1', [
      submission({ id: 'w1', number: 1 }),
      submission({ id: 'w2', number: 2 }),
      submission({ id: 'g1', constituency: 'GOVERNMENT', delegationId: 'd-g' }),
      submission({ id: 'e1', constituency: 'EMPLOYERS', delegationId: 'd-e', content: { provisions: [{ provisionId: 'p1', proposedWording: '  ' }] } }),
    ]);
    expect(options.map((option) => option.value)).toEqual(['PROVISION', 'g1', 'w2']);
  });
});
