import type { TFunction } from 'i18next';
import type { DossierOutcomesQuery } from '../../gql/graphql';
import { matrixCsv } from './matrix-csv';
import { buildMatrix, isDisagreement } from './outcomes-matrix';

const label = (p: { number: string | null; heading: string | null }) => [p.number, p.heading].filter(Boolean).join(' — ');
const noReservations = { __typename: 'SideReservations', GOVERNMENT: null, EMPLOYERS: null, WORKERS: null } as const;

/** A dossier with one article (a1) on draft v1, no outcomes, no sessions: the tests add what they need. */
function query(overrides: Partial<DossierOutcomesQuery> = {}): DossierOutcomesQuery {
  return {
    dossier: {
      __typename: 'Dossier',
      id: 'd',
      currentDraft: { __typename: 'Draft', id: 'v1', provisions: [{ __typename: 'Provision', id: 'a1', kind: 'ARTICLE', number: 'Article 1', heading: 'Scope', position: 1 }] },
      outcomes: [],
      sessions: [],
    },
    positionSubmissions: [],
    contributionResponses: { __typename: 'ContributionResponses', total: 0, answered: 0, contributions: [] },
    ...overrides,
  };
}

const submission = (id: string, constituency: 'EMPLOYERS' | 'WORKERS' | 'GOVERNMENT', number: number, stance: string, draftId = 'v1') => ({
  __typename: 'PositionSubmission' as const,
  id,
  constituency,
  draftId,
  number,
  submittedAt: `2026-03-0${number}T10:00:00Z`,
  content: { __typename: 'SubmissionContent' as const, provisions: [{ __typename: 'SubmittedProvision' as const, provisionId: 'a1', stance }] },
});
const contribution = (submissionId: string, constituency: 'EMPLOYERS' | 'WORKERS', verdict: 'ACCEPTED' | 'NOT_ACCEPTED' | null, status: 'RECORDED' | 'DRAFT' = 'RECORDED') => ({
  __typename: 'Contribution' as const,
  key: `${submissionId}:a1`,
  constituency,
  provisionId: 'a1',
  draftId: 'v1',
  response: verdict ? { __typename: 'GovernmentResponse' as const, id: `r-${submissionId}`, verdict, status, recordedAt: status === 'RECORDED' ? '2026-03-05T10:00:00Z' : null } : null,
});


describe('outcomes matrix', () => {
  it('calls no consensus, reservations and a disagreeing side a disagreement', () => {
    expect(isDisagreement('NO_CONSENSUS', [])).toBe(true);
    expect(isDisagreement('CONSENSUS_WITH_RESERVATIONS', [])).toBe(true);
    expect(isDisagreement('CONSENSUS', [{ stance: 'AGREE' }])).toBe(false);
    expect(isDisagreement(null, [{ stance: 'AGREE' }, { stance: 'DISAGREE' }])).toBe(true);
    expect(isDisagreement('DEFERRED', [])).toBe(false);
  });

  it('keeps the articles in order with their latest outcome and stances', () => {
    const rows = buildMatrix(
      query({ dossier: {
        __typename: 'Dossier',
        id: 'd',
        currentDraft: {
          __typename: 'Draft',
          id: 'v1',
          provisions: [
            { __typename: 'Provision', id: 'a2', kind: 'ARTICLE', number: 'Article 2', heading: null, position: 2 },
            { __typename: 'Provision', id: 'part', kind: 'PART', number: 'Part I', heading: null, position: 0 },
            { __typename: 'Provision', id: 'a1', kind: 'ARTICLE', number: 'Article 1', heading: 'Scope', position: 1 },
          ],
        },
        outcomes: [
          { __typename: 'Outcome', id: 'o1', agendaItemId: 'i1', provisionId: 'a1', outcome: 'NO_CONSENSUS', note: '', agreedText: null, recordedAt: '2026-03-01T10:00:00Z', reservations: { __typename: 'SideReservations', GOVERNMENT: null, EMPLOYERS: null, WORKERS: null } },
          { __typename: 'Outcome', id: 'o2', agendaItemId: 'i2', provisionId: 'a1', outcome: 'CONSENSUS', note: '', agreedText: null, recordedAt: '2026-03-02T10:00:00Z', reservations: { __typename: 'SideReservations', GOVERNMENT: null, EMPLOYERS: null, WORKERS: null } },
        ],
        sessions: [
          {
            __typename: 'ConsultationSession',
            id: 's',
            title: 'S',
            startsAt: '2026-03-01T09:00:00Z',
            agenda: [
              { __typename: 'AgendaItem', id: 'i2', title: 'Article 1 — Scope', provisionId: 'a1', stances: [{ __typename: 'StanceDeclaration', id: 'st', constituency: 'WORKERS', stance: 'AGREE', reservation: '', declaredAt: '2026-03-02T09:00:00Z' }] },
            ],
          },
        ],
      } }),
      label,
    );
    expect(rows.map((row) => row.label)).toEqual(['Article 1 — Scope', 'Article 2']);
    expect(rows[0].outcome?.outcome).toBe('CONSENSUS');
    expect(rows[0].stances.WORKERS?.stance).toBe('AGREE');
    expect(rows[0].disagreement).toBe(false);
    expect(rows[1].outcome).toBeNull();
  });

  it("takes each side's stance from its latest submission on the current draft", () => {
    const rows = buildMatrix(
      query({ positionSubmissions: [submission('w1', 'WORKERS', 1, 'SUPPORT'), submission('w2', 'WORKERS', 2, 'OPPOSE'), submission('e0', 'EMPLOYERS', 3, 'OPPOSE', 'v0')] }),
      label,
    );
    expect(rows[0].positions.WORKERS).toMatchObject({ stance: 'OPPOSE', submissionNumber: 2 });
    expect(rows[0].positions.EMPLOYERS).toBeUndefined();
    expect(rows[0].disagreement).toBe(true);
  });

  it("shows the government's recorded verdict on a side's contribution, and not a draft one", () => {
    const rows = buildMatrix(
      query({
        positionSubmissions: [submission('w1', 'WORKERS', 1, 'SUPPORT_WITH_AMENDMENTS'), submission('e1', 'EMPLOYERS', 1, 'OPPOSE')],
        contributionResponses: { __typename: 'ContributionResponses', total: 2, answered: 1, contributions: [contribution('w1', 'WORKERS', 'ACCEPTED'), contribution('e1', 'EMPLOYERS', 'NOT_ACCEPTED', 'DRAFT')] },
      }),
      label,
    );
    expect(rows[0].positions.WORKERS?.verdict).toBe('ACCEPTED');
    expect(rows[0].positions.EMPLOYERS).toMatchObject({ contribution: true, verdict: null });
    expect(rows[0].unanswered).toBe(true);
  });

  it('calls a row answered once every contribution on it has a recorded response', () => {
    const rows = buildMatrix(
      query({
        positionSubmissions: [submission('w1', 'WORKERS', 1, 'SUPPORT'), submission('g1', 'GOVERNMENT', 1, 'SUPPORT')],
        contributionResponses: { __typename: 'ContributionResponses', total: 1, answered: 1, contributions: [contribution('w1', 'WORKERS', 'ACCEPTED')] },
      }),
      label,
    );
    expect(rows[0].positions.GOVERNMENT).toMatchObject({ contribution: false, verdict: null });
    expect(rows[0].unanswered).toBe(false);
  });

  it('exports the rows as CSV with a header row, quoting what needs it', () => {
    const rows = buildMatrix(
      query({
        dossier: { ...query().dossier, outcomes: [{ __typename: 'Outcome', id: 'o', agendaItemId: 'i', provisionId: 'a1', outcome: 'CONSENSUS', note: 'Said "yes", finally', agreedText: 'Line one\nLine two', recordedAt: '2026-03-02T10:00:00Z', reservations: noReservations }] },
        positionSubmissions: [submission('w1', 'WORKERS', 1, 'SUPPORT')],
        contributionResponses: { __typename: 'ContributionResponses', total: 1, answered: 0, contributions: [contribution('w1', 'WORKERS', null)] },
      }),
      label,
    );
    const t = ((key: string, options?: Record<string, unknown>) => (options ? `${key}(${Object.values(options).join(',')})` : key)) as unknown as TFunction;
    const [header, line, end] = matrixCsv(rows, t).replace(/^\uFEFF/, '').split('\r\n');
    expect(header.split(',')).toHaveLength(2 + 3 * 3 + 2);
    expect(header.startsWith('outcomes.provision,outcomes.outcome,outcomes.csv.position(sides.GOVERNMENT)')).toBe(true);
    expect(line).toContain('positions.stances.SUPPORT,,outcomes.noResponse');
    expect(line).toContain('"Said ""yes"", finally","Line one\nLine two"');
    expect(end).toBe('');
  });
});
