import type { MinutesContent } from '@tripart/contracts';
import { minutesExportLabels } from './minutes-export.labels';
import type { MinutesExportDocument } from './minutes-export.document';

/**
 * A revision as an export receives it, for the renderers' own specs (the
 * HTTP spec builds real minutes over sockets): names in Latin, extended
 * Latin and Arabic, and text that is markup in XML and in Typst.
 */
export function exportDocument(overrides: Partial<MinutesExportDocument> = {}, content: Partial<MinutesContent> = {}): MinutesExportDocument {
  const at = (minute: number) => new Date(Date.UTC(2026, 11, 2, 9, minute)).toISOString();
  return {
    minutesId: '3f1c2b8e-1d2a-4c5b-9e7f-0a1b2c3d4e5f',
    kind: 'MINUTES',
    state: 'SENT',
    revision: 2,
    sentAt: new Date(at(50)),
    contentHash: 'a'.repeat(64),
    approvals: [{ signatory: 'WORKERS', decision: 'CHANGES_REQUESTED', comment: 'Say “two years”.', decidedBy: 'فاطمة الزهراء', decidedAt: new Date(at(55)) }],
    seal: null,
    dossier: { id: '9d1c2b8e-1d2a-4c5b-9e7f-0a1b2c3d4e5f', title: 'Code du travail — réforme', countryCode: 'SN' },
    exportedAt: new Date(at(59)),
    labels: minutesExportLabels('en'),
    ...overrides,
    content: {
      kind: 'MINUTES',
      session: { id: 's1', title: 'First <session> & "more"', startsAt: at(0), endsAt: at(58), place: 'Dakar, salle #2', meetingUrl: null, chairs: ['Aminata Ndiaye'] },
      attendance: [
        { userId: 'u1', name: 'Aminata Ndiaye', organization: null, constituency: null, role: 'FACILITATOR', stretches: [{ joinedAt: at(0), leftAt: null, inRoom: true }] },
        { userId: 'u2', name: 'فاطمة الزهراء', organization: 'الاتحاد العام للشغل', constituency: 'WORKERS', role: 'DELEGATE', stretches: [{ joinedAt: at(1), leftAt: at(40), inRoom: false }] },
        { userId: 'u3', name: 'Łukasz Żółć-Nguyễn', organization: 'Employers’ Union', constituency: 'EMPLOYERS', role: 'DELEGATE', stretches: [{ joinedAt: at(2), leftAt: null, inRoom: true }] },
        { userId: 'u4', name: 'Ingrid Berg', organization: 'Ministry of Labour', constituency: 'GOVERNMENT', role: 'DELEGATE', stretches: [{ joinedAt: at(2), leftAt: null, inRoom: true }] },
      ],
      items: [
        {
          agendaItemId: 'a1', position: 1, title: 'Article 1 — Scope', provisionId: null,
          interventions: [
            { id: 'i1', speaker: 'فاطمة الزهراء', organization: 'الاتحاد العام للشغل', constituency: 'WORKERS', kind: 'NORMAL', startedAt: at(5), durationSeconds: 95, summary: 'نطلب فترة انتقالية مدتها سنتان.' },
            { id: 'i2', speaker: 'Łukasz Żółć-Nguyễn', organization: 'Employers’ Union', constituency: 'EMPLOYERS', kind: 'POINT_OF_ORDER', startedAt: at(8), durationSeconds: 20, summary: '' },
          ],
          stances: [
            { constituency: 'GOVERNMENT', stance: 'AGREE', reservation: '', declaredAt: at(20) },
            { constituency: 'WORKERS', stance: 'AGREE_WITH_RESERVATION', reservation: 'Two years', declaredAt: at(21) },
          ],
          outcome: { outcome: 'CONSENSUS_WITH_RESERVATIONS', note: 'Agreed as drafted', agreedText: 'This law applies to every worker.\n\nIt applies from 2027.', reservations: { WORKERS: 'Two years' }, recordedAt: at(22) },
          reopenings: [{ at: at(23), by: 'Aminata Ndiaye', reason: 'A word was missing', outcome: 'CONSENSUS' }],
          notes: 'Markup stays text: <b>bold</b> & #set text(red) *star* $x$ ]]> \u0007bell',
        },
        { agendaItemId: 'a2', position: 2, title: 'Article 2', provisionId: null, interventions: [], stances: [], outcome: { outcome: 'DEFERRED', note: '', agreedText: null, reservations: {}, recordedAt: at(30) }, reopenings: [], notes: '' },
      ],
      opening: 'The chair opened the session at nine.',
      closing: 'Closed at ten.\nNext session in January.',
      ...content,
    },
  };
}
