import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { parseAknDraft } from './akn.parser';
import { type ParsedNode, walkNodes } from './parsed-draft';

const SAMPLE = resolve(__dirname, '../../../../test/fixtures/ch-sr-172.010.1.akn.xml');

const akn3 = (body: string) =>
  `<?xml version="1.0" encoding="UTF-8"?><akomaNtoso xmlns="http://docs.oasis-open.org/legaldocml/ns/akn/3.0"><act name="x"><body>${body}</body></act></akomaNtoso>`;

const all = (nodes: ParsedNode[]) => [...walkNodes(nodes)];
const byKey = (nodes: ParsedNode[], key: string) => all(nodes).find((node) => node.key === key);

describe('parseAknDraft on the Swiss ordinance SR 172.010.1', () => {
  const draft = parseAknDraft(readFileSync(SAMPLE, 'utf8'));

  const chapters = draft.nodes.filter((n) => n.kind === 'CHAPTER');

  it('finds the 92 articles of its body, its 3 transitional provisions and the list of each of its 3 annexes', () => {
    expect(draft.articleCount).toBe(98);
    expect(all(draft.nodes).filter((n) => n.kind === 'ARTICLE')).toHaveLength(98);
    expect(chapters.flatMap((chapter) => all([chapter])).filter((n) => n.kind === 'ARTICLE')).toHaveLength(92);
  });

  it('reads its preamble first, then its chapters, then its transitional provisions and annexes as schedules', () => {
    expect(draft.nodes.map((n) => n.kind)).toEqual(['PREAMBLE', ...Array(9).fill('CHAPTER'), ...Array(4).fill('SCHEDULE')]);
    expect(draft.nodes[0].text).toMatch(/^Der Schweizerische Bundesrat,\n\ngestützt auf die Artikel 24, 43, 47, 57c Absatz 2 .*\n\nverordnet:$/su);
  });

  it('numbers an annex as its own cover does, the articles it serves as its text', () => {
    expect(draft.nodes.slice(-3).map((n) => [n.number, n.text])).toEqual([
      ['Anhang 1', '(Art. 8 Abs. 1)'],
      ['Anhang 2', '(Art. 8 Abs. 2, 8e Abs. 2 Bst. gbis, 8n Abs. 2, 8o Abs. 2, 8p Abs. 2 und 8q Abs. 2)'],
      ['Anhang 3', '(Art. 24a Abs. 2 und 3)'],
    ]);
    expect(draft.nodes.at(-4)?.children.map((n) => n.number)).toEqual([
      'Übergangsbestimmung zur Änderung vom 26. November 2008',
      'Übergangsbestimmung zur Änderung vom 27. November 2009',
      'Übergangsbestimmungen zur Änderung vom 30. Juni 2010',
    ]);
  });

  it('splits a chapter number written with its heading', () => {
    expect(chapters[0]).toMatchObject({ key: 'chap_1', number: '1. Kapitel', heading: 'Der Bundesrat', text: '' });
  });

  it('reads sections inside chapters with their eIds', () => {
    expect(byKey(draft.nodes, 'chap_2/sec_1')).toMatchObject({ kind: 'SECTION', number: '1. Abschnitt', heading: 'Gliederung der Bundesverwaltung' });
  });

  it('reads the first article with its number and heading', () => {
    expect(chapters[0].children[0]).toMatchObject({ kind: 'ARTICLE', key: 'art_1', number: 'Art. 1', heading: 'Verhandlungen' });
  });

  it('keeps the paragraphs with their eIds as keys', () => {
    const article = chapters[0].children[0];
    expect(article.children.map((p) => [p.key, p.number])).toEqual([
      ['art_1/para_u1', null],
      ['art_1/para_1', '1'],
      ['art_1/para_2', '2'],
      ['art_1/para_3', '3'],
      ['art_1/para_4', '4'],
      ['art_1/para_5', '5'],
    ]);
  });

  it('reads the paragraph text without its number', () => {
    expect(byKey(draft.nodes, 'art_1/para_1')?.text).toBe('Die Sitzungen des Bundesrates finden in der Regel einmal jede Woche statt.');
  });

  it('joins an article’s paragraphs with blank lines for its text', () => {
    const article = byKey(draft.nodes, 'art_1')!;
    expect(article.text).toBe(article.children.map((p) => p.text).join('\n\n'));
  });

  it('keeps authorial notes out of the text, as notes of the paragraph', () => {
    const paragraph = byKey(draft.nodes, 'art_1/para_3')!;
    expect(paragraph.text).toMatch(/Präsidialentscheide nach Artikel 26 Absatz 4 RVOG bleiben vorbehalten\.$/u);
    expect(paragraph.notes).toEqual(['Fassung gemäss Ziff. I der V vom 21. Aug. 2002, in Kraft seit 1. Okt. 2002 (AS 2002 2827).']);
  });

  it('never lets a note into any provision text', () => {
    expect(all(draft.nodes).filter((n) => /Fassung gemäss|Eingefügt durch|Aufgehoben durch/u.test(n.text))).toEqual([]);
  });

  it('keeps every note of the body, the preamble and the schedules', () => {
    const notes = (nodes: ParsedNode[]) => all(nodes).reduce((sum, n) => sum + n.notes.length, 0);
    expect(notes(chapters)).toBe(106);
    expect([notes(draft.nodes.slice(0, 1)), notes(draft.nodes.slice(-4))]).toEqual([3, 10]);
  });

  it('joins inline number parts split over lines', () => {
    expect(byKey(draft.nodes, 'art_1_a_1_b')).toMatchObject({ number: 'Art. 1a und 1b', text: '', children: [] });
  });

  it('keeps list items on their own lines with their labels', () => {
    expect(byKey(draft.nodes, 'art_7/para_1')?.text).toBe(
      [
        'Zur zentralen Bundesverwaltung gehören:',
        'a. die Departemente und die Bundeskanzlei;',
        'b. die Generalsekretariate der Departemente sowie deren weitere Untergliederungen;',
        'c. die Gruppen;',
        'd. die Bundesämter sowie deren Untergliederungen.',
      ].join('\n'),
    );
  });

  it('reads the title and language from the document', () => {
    expect([draft.title, draft.language]).toEqual(['Regierungs- und Verwaltungsorganisationsverordnung', 'de']);
  });

  it('leaves no annex out: all of them are in the file', () => {
    expect([draft.warnings, draft.annexesLeftOut]).toEqual([[], []]);
  });

  it('gives every node a unique key', () => {
    const keys = all(draft.nodes).map((n) => n.key);
    expect(new Set(keys).size).toBe(keys.length);
  });
});

describe('parseAknDraft', () => {
  it('keeps the text of inline elements in place', () => {
    const draft = parseAknDraft(
      akn3('<article eId="art_1"><num>Art. 1</num><paragraph eId="art_1/para_1"><content><p>See <ref href="#x">Article <b>2</b></ref> and <i>also</i> <span>this</span>.</p></content></paragraph></article>'),
    );
    expect(draft.nodes[0].children[0].text).toBe('See Article 2 and also this.');
  });

  it('decodes character references', () => {
    const draft = parseAknDraft(akn3('<article eId="art_1"><num>Art. 1</num><content><p>A &amp; B &lt;C&gt; &#233;&#x20AC;</p></content></article>'));
    expect(draft.nodes[0].text).toBe('A & B <C> é€');
  });

  it('reads Akoma Ntoso 2.0 with id attributes', () => {
    const draft = parseAknDraft(
      '<akomaNtoso xmlns="http://www.akomantoso.org/2.0"><act><body><chapter id="chp1"><num>Chapter 1</num><article id="art1"><num>Article 1</num><heading>Scope</heading><paragraph id="art1-par1"><num>1.</num><content><p>Text.</p></content></paragraph></article></chapter></body></act></akomaNtoso>',
    );
    expect(draft.nodes[0]).toMatchObject({ key: 'chp1', children: [{ key: 'art1', heading: 'Scope', children: [{ key: 'art1-par1', number: '1.', text: 'Text.' }] }] });
    expect(draft.warnings).toEqual([]);
  });

  it('reads namespace-prefixed elements', () => {
    const draft = parseAknDraft(
      '<akn:akomaNtoso xmlns:akn="http://docs.oasis-open.org/legaldocml/ns/akn/3.0"><akn:act><akn:body><akn:article akn:eId="art_1"><akn:num>Art. 1</akn:num></akn:article></akn:body></akn:act></akn:akomaNtoso>',
    );
    expect(draft.articleCount).toBe(1);
  });

  it('derives keys for provisions without eId', () => {
    const draft = parseAknDraft(akn3('<chapter><article><num>Art. 1</num><paragraph><content><p>x</p></content></paragraph></article></chapter>'));
    expect([draft.nodes[0].key, draft.nodes[0].children[0].key, draft.nodes[0].children[0].children[0].key]).toEqual([
      'chp_1',
      'art_1',
      'art_1/para_1',
    ]);
  });

  it('refuses XML that is not Akoma Ntoso', () => {
    expect(() => parseAknDraft('<html><body/></html>')).toThrow(expect.objectContaining({ code: 'UNSUPPORTED_FORMAT' }));
  });

  it('refuses malformed XML as a corrupt file', () => {
    expect(() => parseAknDraft('<akomaNtoso><act><body></act>')).toThrow(expect.objectContaining({ code: 'CORRUPT_FILE' }));
  });

  it('refuses an entity-expansion bomb without expanding it', () => {
    const bomb = `<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol">${Array.from(
      { length: 9 },
      (_, i) => `<!ENTITY lol${i + 1} "${`&lol${i || ''};`.repeat(10)}">`,
    ).join('')}]><akomaNtoso><act><body><article><num>&lol9;</num></article></body></act></akomaNtoso>`;
    expect(() => parseAknDraft(bomb)).toThrow(expect.objectContaining({ code: 'UNSUPPORTED_FORMAT' }));
  });

  it('reads sections, rules, regulations and clauses as provisions', () => {
    const draft = parseAknDraft(
      akn3(
        ['section', 'rule', 'regulation', 'clause']
          .map((name, i) => `<${name} eId="${name}_${i + 1}"><num>${i + 1}.</num><heading>Heading</heading><content><p>Text.</p></content></${name}>`)
          .join(''),
      ),
    );
    expect(draft.nodes.map((node) => [node.kind, node.key, node.number])).toEqual([
      ['ARTICLE', 'section_1', '1.'],
      ['ARTICLE', 'rule_2', '2.'],
      ['ARTICLE', 'regulation_3', '3.'],
      ['ARTICLE', 'clause_4', '4.'],
    ]);
  });

  it('keeps a section that holds articles as a container', () => {
    const draft = parseAknDraft(akn3('<section eId="sec_1"><num>Section 1</num><article eId="art_1"><num>Art. 1</num><content><p>x</p></content></article></section>'));
    expect(draft.nodes[0]).toMatchObject({ kind: 'SECTION', children: [{ kind: 'ARTICLE', key: 'art_1' }] });
  });

  it('keeps a space between inline elements laid out on separate lines', () => {
    const draft = parseAknDraft(
      `<akomaNtoso xmlns="${'http://docs.oasis-open.org/legaldocml/ns/akn/3.0'}"><bill><preface><longTitle><p><docType>Proposition de</docType>\n<docPurpose>RÈGLEMENT</docPurpose></p></longTitle><docTitle>Proposition de\n<b>RÈGLEMENT</b></docTitle></preface><body><article><num>Article 1</num><content><p>the<eol/>county</p></content></article></body></bill></akomaNtoso>`,
    );
    expect([draft.title, draft.nodes[0].text]).toEqual(['Proposition de RÈGLEMENT', 'the county']);
  });

  it('takes a long title for the title only when it is made of the document’s parts (AKN4EU), not a “To provide for …”', () => {
    const bill = (longTitle: string) =>
      parseAknDraft(
        `<akomaNtoso xmlns="http://docs.oasis-open.org/legaldocml/ns/akn/3.0"><bill><preface><longTitle><p>${longTitle}</p></longTitle></preface><body><article><num>Article 1</num><content><p>Text.</p></content></article></body></bill></akomaNtoso>`,
      ).title;
    expect(bill('<docStage>Proposal for a</docStage><docType>REGULATION</docType><docPurpose>on<authorialNote><p>A note.</p></authorialNote> tyres</docPurpose>')).toBe(
      'Proposal for a REGULATION on tyres',
    );
    expect(bill('To provide for matters incidental thereto.')).toBeNull();
  });

  it('reads an amending section with the section it quotes as its own text, marked as quoted', () => {
    const draft = parseAknDraft(
      akn3(
        '<section eId="sec_3"><num>3.</num><heading>Amendment of section 54</heading><content><p>For section 54 of the principal Act substitute—</p><p><mod><quotedStructure><section eId="sec_3__qstr_1__sec_54"><num>54.</num><heading>Appeals</heading><content><p>An appeal lies to the\n  High Court.</p></content></section></quotedStructure></mod></p></content></section>',
      ),
    );
    expect(draft.nodes).toHaveLength(1);
    expect(draft.articleCount).toBe(1);
    expect(draft.nodes[0].text).toBe('For section 54 of the principal Act substitute—\n> 54. Appeals\n> An appeal lies to the High Court.');
  });

  it('splits an oversized provision without paragraphs into one paragraph per block', () => {
    const blocks = Array.from({ length: 300 }, (_, i) => `<p>Item ${i + 1}: ${'word '.repeat(20)}</p>`).join('');
    const draft = parseAknDraft(akn3(`<article eId="art_1"><num>Annex</num><content>${blocks}</content></article>`));
    expect(draft.nodes[0].children).toHaveLength(300);
    expect(draft.nodes[0].children[299]).toMatchObject({ kind: 'PARAGRAPH', key: 'art_1/para_u300' });
  });

  it('warns about an unknown namespace, not about a comment or another prefix before the root', () => {
    const xml = (ns: string) => `<?xml version="1.0"?><!-- <akomaNtoso xmlns="urn:other"> --><a:akomaNtoso xmlns:xsi="urn:xsi" xmlns:a="${ns}"><a:act><a:body><a:article><a:num>1</a:num></a:article></a:body></a:act></a:akomaNtoso>`;
    expect(parseAknDraft(xml('http://docs.oasis-open.org/legaldocml/ns/akn/3.0')).warnings).toEqual([]);
    expect(parseAknDraft(xml('urn:unknown')).warnings).toEqual([{ reason: 'UNKNOWN_NAMESPACE', params: { namespace: 'urn:unknown' } }]);
  });

  it('keeps text that belongs to no provision (a table between chapters) as a provision of its own, in place', () => {
    const draft = parseAknDraft(
      akn3('<chapter eId="chp_1"><section eId="sec_1"><num>1.</num><content><p>One.</p></content></section></chapter><hcontainer eId="hcontainer_1"><p>Table of Non-Derogable Rights</p></hcontainer><chapter eId="chp_2"><section eId="sec_2"><num>2.</num><content><p>Two.</p></content></section></chapter>'),
    );
    expect(draft.nodes.map((node) => [node.kind, node.key, node.text])).toEqual([
      ['CHAPTER', 'chp_1', ''],
      ['ARTICLE', 'hcontainer_1', 'Table of Non-Derogable Rights'],
      ['CHAPTER', 'chp_2', ''],
    ]);
  });

  it('keeps the wrap-up after a section’s subsections as its own paragraph, in place', () => {
    const draft = parseAknDraft(
      akn3('<section eId="sec_1"><num>1.</num><intro><p>The Minister may—</p></intro><subsection eId="sec_1__subsec_1"><num>(1)</num><content><p>make rules;</p></content></subsection><wrapUp><p>after consulting the Board.</p></wrapUp></section>'),
    );
    expect(draft.nodes[0].children.map((child) => [child.key, child.number, child.text])).toEqual([
      ['sec_1/para_u1', null, 'The Minister may—'],
      ['sec_1__subsec_1', '(1)', 'make rules;'],
      ['sec_1/para_u2', null, 'after consulting the Board.'],
    ]);
  });

  it('reads numbered paragraphs outside any unit as provisions', () => {
    const draft = parseAknDraft(akn3('<paragraph eId="para_1"><num>1.</num><content><p>One.</p></content></paragraph><paragraph eId="para_2"><num>2.</num><content><p>Two.</p></content></paragraph>'));
    expect(draft.nodes.map((node) => [node.kind, node.key, node.text])).toEqual([
      ['ARTICLE', 'para_1', 'One.'],
      ['ARTICLE', 'para_2', 'Two.'],
    ]);
  });

  it('reads an amending list as one paragraph per amendment, with its introduction in place', () => {
    const draft = parseAknDraft(
      akn3(
        '<section eId="sec_4"><num>4.</num><heading>Amendment of section 2</heading><content><blockList eId="sec_4__list_1"><listIntroduction>Section 2 of the principal Act is amended—</listIntroduction>' +
          '<item eId="sec_4__list_1__item_a"><num>(a)</num><p>by deleting the definition of “judge” and substituting—<mod><quotedStructure><p>“judge” means a judge of the High Court;</p></quotedStructure></mod></p></item>' +
          '<item eId="sec_4__list_1__item_b"><num>(b)</num><p>by inserting <mod><quotedText>“court”</quotedText></mod> after “the”.</p></item></blockList></content></section>',
      ),
    );
    expect(draft.nodes[0].children.map((child) => [child.key, child.number, child.text])).toEqual([
      ['sec_4/para_u1', null, 'Section 2 of the principal Act is amended—'],
      ['sec_4__list_1__item_a', '(a)', 'by deleting the definition of “judge” and substituting—\n> “judge” means a judge of the High Court;'],
      ['sec_4__list_1__item_b', '(b)', 'by inserting “court” after “the”.'],
    ]);
  });
});
