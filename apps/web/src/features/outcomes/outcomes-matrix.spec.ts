import { buildMatrix, isDisagreement } from './outcomes-matrix';

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
      {
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
      },
      (p) => [p.number, p.heading].filter(Boolean).join(' — '),
    );
    expect(rows.map((row) => row.label)).toEqual(['Article 1 — Scope', 'Article 2']);
    expect(rows[0].outcome?.outcome).toBe('CONSENSUS');
    expect(rows[0].stances.WORKERS?.stance).toBe('AGREE');
    expect(rows[0].disagreement).toBe(false);
    expect(rows[1].outcome).toBeNull();
  });
});
