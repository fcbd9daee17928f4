import type { Agreement, AgreedTextDocument, DraftedProvision } from './agreed-text.document';
import { agreedTextLabels } from './agreed-text.labels';

let next = 0;
const provision = (kind: string, key: string, fields: Partial<DraftedProvision> = {}): DraftedProvision => ({
  id: `p${(next += 1)}`, parentId: null, kind, key, number: null, heading: null, text: '', ...fields,
});

/**
 * A draft as a text import stores it (a chapter of articles, one with
 * paragraphs), and as an Akoma Ntoso import does (its own eIds), with a
 * preamble and a common-law section; article 2's text agreed in a session.
 */
export function agreedTextDocument(overrides: Partial<AgreedTextDocument> = {}, agreed: Partial<Agreement> = {}): AgreedTextDocument {
  const chapter = provision('CHAPTER', 'chp_1', { number: 'Chapter I', heading: 'General provisions' });
  const preamble = provision('PREAMBLE', 'preamble', { text: 'The Parliament enacts:' });
  const recital = provision('RECITAL', 'preamble/rec_1', { parentId: preamble.id, number: '(1)', text: 'Whereas workers and employers were consulted;' });
  const article1 = provision('ARTICLE', 'art_1', { parentId: chapter.id, number: 'Article 1', heading: 'Scope', text: 'This Act applies to all workers.\n\nIt applies to the public sector.' });
  const para1 = provision('PARAGRAPH', 'art_1/para_1', { parentId: article1.id, number: '1.', text: 'This Act applies to all workers.' });
  const para2 = provision('PARAGRAPH', 'art_1/para_2', { parentId: article1.id, number: '2.', text: 'It applies to the public sector.' });
  const article2 = provision('ARTICLE', 'art_2', { parentId: chapter.id, number: 'Article 2', heading: 'Freedom of association', text: 'Workers have the right to organise.' });
  const chapter2 = provision('CHAPTER', 'chp_2', { number: 'Chapter II' });
  const article5 = provision('ARTICLE', 'chp_2__art_5', { parentId: chapter2.id, number: 'Article 5', text: 'حق التفاوض الجماعي مكفول.' });
  const section = provision('ARTICLE', 'sec_3', { number: 'Section 3', text: 'A union may bargain.' });
  const agreement: Agreement = {
    outcomeId: 'o1', outcome: 'CONSENSUS_WITH_RESERVATIONS', agreedText: 'Workers and employers have the right to organise.\nNo authorization is needed.',
    recordedAt: new Date('2026-12-02T10:30:00Z'), session: { id: 's1', title: 'First session', startsAt: new Date('2026-12-02T09:00:00Z') }, draftVersion: 1, ...agreed,
  };
  return {
    dossier: { id: 'd1', title: 'Labour Code reform', countryCode: 'SN' },
    draft: { id: 'v1', version: 1, createdAt: new Date('2026-11-20T08:00:00Z'), language: 'en' },
    provisions: [preamble, recital, chapter, article1, para1, para2, article2, chapter2, article5, section],
    agreements: new Map([[article2.id, agreement]]),
    exportedAt: new Date('2026-12-03T12:00:00Z'),
    labels: agreedTextLabels('en'),
    ...overrides,
  };
}
