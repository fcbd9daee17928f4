import { XMLParser } from 'fast-xml-parser';
import { validateAkn } from '../../test/akn-schema';
import { toAgreedTextAkn } from './agreed-text-akn';
import { agreedTextDocument } from './agreed-text.fixture';
import { agreedTextLabels } from './agreed-text.labels';

const eIdsOf = (xml: string) => [...xml.matchAll(/ eId="([^"]+)"/g)].map((match) => match[1]);
const parse = (xml: string) => new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '', isArray: (_n: string, _p: unknown, _l: boolean, isAttribute: boolean) => !isAttribute }).parse(xml);

/** The agreed text as an Akoma Ntoso 3.0 bill: the newest draft's structure, the agreed texts in place. */
describe('the agreed text as Akoma Ntoso', () => {
  it('is valid against the OASIS schema', async () => {
    const result = await validateAkn(toAgreedTextAkn(agreedTextDocument()));
    expect(result.errors).toEqual([]);
    expect(result.valid).toBe(true);
  });

  it('gives each provision its eId by the naming convention, from the stored keys', () => {
    expect(eIdsOf(toAgreedTextAkn(agreedTextDocument()))).toEqual([
      'tripart', 'consensus', 'consensusWithReservations', 'noConsensus', 'deferred', 'note_1',
      'preamble__recitals', 'preamble__rec_1', 'chp_1', 'art_1', 'art_1__para_1', 'art_1__para_2', 'art_2', 'chp_2', 'chp_2__art_5', 'sec_3',
    ]);
  });

  it('puts the agreed text in place of the drafted one, pointing to the note that says where it was agreed', () => {
    const xml = toAgreedTextAkn(agreedTextDocument());
    expect(xml).toContain('<article eId="art_2" refersTo="#consensusWithReservations"><num>Article 2</num><heading>Freedom of association</heading><content><p>Workers and employers have the right to organise.<noteRef href="#note_1" marker="1" placement="bottom"/></p><p>No authorization is needed.</p></content></article>');
    expect(xml).not.toContain('Workers have the right to organise.');
    expect(xml).toContain('<note eId="note_1"><p>Agreed text, recorded in “First session” on December 2, 2026 (Consensus with reservations).</p></note>');
    expect(xml).toContain('<tripart:agreement provision="art_2" outcome="CONSENSUS_WITH_RESERVATIONS" outcomeId="o1" session="s1" recordedAt="2026-12-02T10:30:00.000Z" draftVersion="1"/>');
  });

  it('keeps the drafted text elsewhere: an article’s paragraphs, a section, Arabic as written', () => {
    const bill = parse(toAgreedTextAkn(agreedTextDocument())).akomaNtoso[0].bill[0];
    const [chapter1, chapter2, section] = [bill.body[0].chapter[0], bill.body[0].chapter[1], bill.body[0].section[0]];
    expect(chapter1.article[0].paragraph.map((p: { content: Array<{ p: string[] }> }) => p.content[0].p[0])).toEqual(['This Act applies to all workers.', 'It applies to the public sector.']);
    expect(chapter2.article[0].content[0].p[0]).toBe('حق التفاوض الجماعي مكفول.');
    expect([section.eId, section.content[0].p[0]]).toEqual(['sec_3', 'A union may bargain.']);
    expect(bill.preamble[0].recitals[0].recital[0].eId).toBe('preamble__rec_1');
  });

  it('says an agreement made on an earlier version, and speaks the requester’s language', async () => {
    const xml = toAgreedTextAkn(agreedTextDocument({ draft: { id: 'v2', version: 2, createdAt: new Date('2026-12-10T08:00:00Z'), language: 'fr' }, labels: agreedTextLabels('fr') }));
    expect((await validateAkn(xml)).errors).toEqual([]);
    expect(xml).toContain('Texte convenu, consigné lors de « First session » le 2 décembre 2026 (Consensus avec réserves). Convenu sur la version 1 du projet.');
    expect(xml).toContain('<docTitle>Labour Code reform — texte convenu</docTitle>');
    expect(xml).toContain('<FRBRlanguage language="fra"/>');
  });

  it('stays valid with markup, control characters and spaces in every field and key', async () => {
    const hostile = '<x a="1">&amp; ]]> \u0000\u001b\uFFFE بالعربية';
    const document = agreedTextDocument({ dossier: { id: 'd1', title: hostile, countryCode: 'SN' } }, { agreedText: hostile, session: { id: 's1', title: hostile, startsAt: new Date() } });
    const xml = toAgreedTextAkn({ ...document, provisions: document.provisions.map((p) => ({ ...p, key: `${p.key} x`, number: hostile, heading: hostile, text: hostile })) });
    expect((await validateAkn(xml)).errors).toEqual([]);
    expect(xml).toContain('eId="art_2_x"');
  });
});
