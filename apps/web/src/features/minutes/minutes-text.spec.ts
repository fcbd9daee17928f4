import { createI18n } from '../i18n/i18n';
import { minutesText, type MinutesContent } from './minutes-text';

const content = (closing: string): MinutesContent => ({
  __typename: 'MinutesContentView',
  kind: 'MINUTES',
  opening: 'Opened at ten.',
  closing,
  session: { __typename: 'MinutesSessionFacts', id: 's', title: 'First reading', startsAt: '2026-12-02T10:00:00Z', endsAt: '2026-12-02T12:00:00Z', place: null, meetingUrl: null, chairs: ['Jonas Berger'] },
  attendance: [],
  items: [
    {
      __typename: 'MinutesItemView',
      agendaItemId: 'a',
      position: 0,
      title: 'Article 1 — Purpose',
      provisionId: null,
      notes: '',
      interventions: [
        { __typename: 'MinutesInterventionView', id: 'i', speaker: 'Nadia Haddad', organization: null, constituency: 'WORKERS', kind: 'POINT_OF_ORDER', startedAt: '2026-12-02T10:05:00Z', durationSeconds: 75, summary: 'The quorum is not met.' },
      ],
      stances: [],
      reopenings: [],
      outcome: { __typename: 'MinutesOutcomeView', outcome: 'DEFERRED', note: 'Next session', agreedText: null, recordedAt: '2026-12-02T11:00:00Z', reservations: { __typename: 'SideReservations', GOVERNMENT: null, EMPLOYERS: null, WORKERS: null } },
    },
  ],
});

describe('minutes as text (what the word diff of two revisions compares)', () => {
  it('reads in the reader’s language, items numbered from 1, the point of order named', async () => {
    const i18n = await createI18n('fr');
    expect(minutesText(content(''), i18n.t).split('\n')).toEqual([
      'First reading',
      'Ouverture: Opened at ten.',
      '1. Article 1 — Purpose',
      'Nadia Haddad (Travailleurs, Motion d’ordre, 1 min 15 s): The quorum is not met.',
      expect.stringMatching(/^Résultat: .+ Next session$/),
    ]);
  });

  it('ends with the closing once written', async () => {
    const i18n = await createI18n('en');
    expect(minutesText(content('Closed at noon.'), i18n.t).split('\n').at(-1)).toBe('Closing: Closed at noon.');
  });
});
