import { buildMatrix, filterMatrix, reservationOf, type MatrixInput } from './consensus-matrix';

const label = (p: { number: string | null; heading: string | null }) => [p.number, p.heading].filter(Boolean).join(' — ');

/** Two articles: a1 agreed with the workers' reservation, a2 opposed by the employers and not yet answered. */
const input: MatrixInput = {
  dossier: {
    currentDraft: { id: 'v1', provisions: [{ id: 'a2', kind: 'ARTICLE', number: 'Article 2', heading: null, position: 2 }, { id: 'a1', kind: 'ARTICLE', number: 'Article 1', heading: 'Scope', position: 1 }] },
    outcomes: [{ id: 'o1', agendaItemId: 'i1', provisionId: 'a1', outcome: 'CONSENSUS', note: '', agreedText: 'Agreed', recordedAt: '2026-03-01T10:00:00Z', reservations: {} }],
    sessions: [{ agenda: [{ id: 'i1', title: 'Article 1', provisionId: 'a1', stances: [{ constituency: 'WORKERS', stance: 'AGREE_WITH_RESERVATION', reservation: 'Two years', declaredAt: '2026-03-01T09:50:00Z' }] }] }],
  },
  positionSubmissions: [{ id: 's1', constituency: 'EMPLOYERS', draftId: 'v1', number: 1, content: { provisions: [{ provisionId: 'a2', stance: 'OPPOSE' }] } }],
  contributionResponses: { total: 1, answered: 0, contributions: [{ key: 's1:a2', response: null }] },
};

/** The matrix as the API builds it from its own reads (no GraphQL types): the same rows the web shows. */
describe('the consensus matrix, shared', () => {
  it('gives a row per article in order, with the outcome, the stances and each side’s position', () => {
    const rows = buildMatrix(input, label);
    expect(rows.map((row) => [row.label, row.outcome?.outcome ?? null, row.disagreement, row.unanswered])).toEqual([
      ['Article 1 — Scope', 'CONSENSUS', true, false],
      ['Article 2', null, true, true],
    ]);
    expect(rows[1].positions.EMPLOYERS).toEqual({ stance: 'OPPOSE', submissionNumber: 1, contribution: true, verdict: null });
  });

  it('filters as the table does, and shows a side’s declared reservation when the outcome has none', () => {
    const rows = buildMatrix(input, label);
    expect(filterMatrix(rows, { unanswered: true }).map((row) => row.key)).toEqual(['a2']);
    expect(filterMatrix(rows, {}).length).toBe(2);
    expect(reservationOf(rows[0], 'WORKERS')).toBe('Two years');
    expect(reservationOf(rows[0], 'EMPLOYERS')).toBe('');
  });
});
