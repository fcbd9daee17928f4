import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { parseAknDraft } from './akn.parser';
import { type ParsedNode, walkNodes } from './parsed-draft';

/** Akoma Ntoso acts numbered in sections, as Laws.Africa and Kenya publish them (test/fixtures/drafts/README.md). */

const fixture = (name: string) => readFileSync(resolve(__dirname, '../../../../test/fixtures/drafts', name), 'utf8');
const all = (nodes: ParsedNode[]) => [...walkNodes(nodes)];
const byKey = (nodes: ParsedNode[], key: string) => all(nodes).find((node) => node.key === key);
const units = (nodes: ParsedNode[]) => all(nodes).filter((node) => node.kind === 'ARTICLE');

describe('parseAknDraft on the Constitution of South Africa, sections 1–12 (AKN 3.0)', () => {
  const draft = parseAknDraft(fixture('za-constitution-1996-s1-12.akn.xml'));

  const chapters = draft.nodes.filter((node) => node.kind === 'CHAPTER');

  it('reads the twelve sections as provisions in their chapters, after the preamble and before Schedule 1', () => {
    expect(units(chapters).map((node) => node.number)).toEqual(['1.', '2.', '3.', '4.', '5.', '6.', '7.', '8.', '9.', '10.', '11.', '12.']);
    expect(draft.nodes.map((node) => [node.kind, node.number, node.heading])).toEqual([
      ['PREAMBLE', null, null],
      ['CHAPTER', '1', 'Founding provisions'],
      ['CHAPTER', '2', 'Bill of Rights'],
      ['SCHEDULE', 'Schedule 1', 'National flag'],
    ]);
  });

  it('reads the preamble as its text, one line of the Constitution a paragraph of it', () => {
    const preamble = draft.nodes[0];
    expect(preamble.text.split('\n\n')).toHaveLength(14);
    expect(preamble.text).toMatch(/^We, the people of South Africa,\n\nRecognise the injustices of our past;/u);
    expect(preamble.text).toMatch(/God seën Suid-Afrika\. God bless South Africa\.\n\nMudzimu fhatutshedza Afurika\. Hosi katekisa Afrika\.$/u);
    expect(preamble.children).toEqual([]);
  });

  it('reads Schedule 1, which amends no law, one provision per numbered paragraph: 12 sections and 6 paragraphs in all (18 units)', () => {
    const schedule = draft.nodes[3];
    expect(schedule.children.map((node) => [node.kind, node.key, node.number])).toEqual(
      [1, 2, 3, 4, 5, 6].map((n) => ['ARTICLE', `att_1__subsec_${n}`, `(${n})`]),
    );
    expect(schedule.children[1].text).toBe('It is black, gold, green, white, chilli red and blue.');
    expect(draft.articleCount).toBe(18);
  });

  it('keeps a section’s heading and its eId as key', () => {
    expect(byKey(draft.nodes, 'chp_1__sec_2')).toMatchObject({ kind: 'ARTICLE', number: '2.', heading: 'Supremacy of Constitution' });
  });

  it('keeps the chapeau before a list and the list letters with their brackets', () => {
    expect(byKey(draft.nodes, 'chp_1__sec_1')?.text).toBe(
      [
        'The Republic of South Africa is one, sovereign, democratic state founded on the following values:',
        '(a) Human dignity, the achievement of equality and the advancement of human rights and freedoms.',
        '(b) Non-racialism and non-sexism.',
        '(c) Supremacy of the constitution and the rule of law.',
        '(d) Universal adult suffrage, a national common voters roll, regular elections and a multi-party system of democratic government, to ensure accountability, responsiveness and openness.',
      ].join('\n'),
    );
  });

  it('reads subsections as the section’s own paragraphs, numbered as written', () => {
    const section = byKey(draft.nodes, 'chp_1__sec_3')!;
    expect(section.children.map((child) => [child.kind, child.number])).toEqual([
      ['PARAGRAPH', '(1)'],
      ['PARAGRAPH', '(2)'],
      ['PARAGRAPH', '(3)'],
    ]);
    expect(section.children[1].text).toBe(
      'All citizens are -\n(a) equally entitled to the rights, privileges and benefits of citizenship; and\n(b) equally subject to the duties and responsibilities of citizenship.',
    );
  });

  it('keeps subparagraphs (i), (ii) inside their paragraph', () => {
    expect(byKey(draft.nodes, 'chp_1__sec_6__subsec_5')?.text).toContain('(a) promote, and create conditions for, the development and use of -\n(i) all official languages;');
  });

  it('leaves nothing out and warns of nothing', () => {
    expect([draft.warnings, draft.annexesLeftOut]).toEqual([[], []]);
  });
});

describe('parseAknDraft on the same chapter in Akoma Ntoso 2.0, prefixed and pretty-printed', () => {
  const draft = parseAknDraft(fixture('za-constitution-1996-ch1.akn2.xml'));

  it('reads the 2.0 namespace under a prefix, after a comment naming the root element', () => {
    expect(draft.warnings).toEqual([]);
    expect(units(draft.nodes)).toHaveLength(6);
  });

  it('collapses the line breaks of the file the way a renderer does', () => {
    expect(byKey(draft.nodes, 'chp_1__sec_2')?.text).toBe(
      'This Constitution is the supreme law of the Republic; law or conduct inconsistent with it is invalid, and the obligations imposed by it must be fulfilled.',
    );
  });

  it('reads the same text as the 3.0 edition', () => {
    const three = parseAknDraft(fixture('za-constitution-1996-s1-12.akn.xml'));
    const text = (nodes: ParsedNode[]) => units(nodes).slice(0, 6).map((node) => node.text);
    expect(text(draft.nodes)).toEqual(text(three.nodes));
  });
});

describe('parseAknDraft on a documentCollection', () => {
  const draft = parseAknDraft(fixture('za-constitution-1996-collection.akn.xml'));

  it('reads the act of its first component', () => {
    expect(units(draft.nodes.slice(0, 1))).toHaveLength(6);
    expect(draft.title).toBe('Constitution of the Republic of South Africa, 1996');
  });

  it('reads its second component, Schedule 1 as a `doc`, as a schedule of the act: 6 sections and 6 paragraphs', () => {
    expect(draft.nodes.map((node) => [node.kind, node.key])).toEqual([
      ['CHAPTER', 'chp_1'],
      ['SCHEDULE', 'cmp_2'],
    ]);
    expect(draft.nodes[1].children.map((node) => node.number)).toEqual(['(1)', '(2)', '(3)', '(4)', '(5)', '(6)']);
    expect(draft.articleCount).toBe(12);
    expect([draft.warnings, draft.annexesLeftOut]).toEqual([[], []]);
  });
});

describe('parseAknDraft on the Kenyan Statute Law (Miscellaneous Amendments) Bill, 2016', () => {
  const draft = parseAknDraft(fixture('ke-statute-law-misc-amendments-bill-2016.akn.xml'));

  it('gives its language as a web language tag: “eng” in the file is “en”', () => {
    expect(draft.language).toBe('en');
  });

  it('reads the bill’s own two sections and each amendment of its schedule as a provision', () => {
    expect(draft.nodes.map((node) => [node.kind, node.number, node.heading])).toEqual([
      ['PREAMBLE', null, null],
      ['ARTICLE', '1.', 'Short title.'],
      ['ARTICLE', '2.', 'Amendment of written laws.'],
      ['SCHEDULE', 'Schedule', '(s. 2)'],
    ]);
    expect(draft.nodes[0].text).toBe('ENACTED by the Parliament of Kenya, as follows—');
    expect(draft.nodes[3].children.map((node) => [node.kind, node.number, node.heading])).toEqual([
      ['ARTICLE', '1', 'The Judicature Act (Cap. 8), s. 9'],
      ['ARTICLE', '2', 'The Advocates Act (Cap. 16), s. 2'],
    ]);
  });

  it('does not take the quoted section 9 for a provision of the bill', () => {
    expect(units(draft.nodes).map((node) => node.key)).not.toContain('att_1__hcontainer_1__qstr_1__sec_9');
    expect(draft.articleCount).toBe(4);
  });

  it('marks the quoted text as quoted, inside its amendment', () => {
    expect(draft.nodes[3].children[0].text).toBe(
      [
        'Delete and substitute therefor the following new section—',
        '> 9. Retirement Age.',
        '> (1) Subject to subsection (2), the age at which a person holding the office of judge shall retire shall be seventy years.',
        '> (2) Notwithstanding subsection (1), a person holding the office of Judge may elect to vacate office at any time after attaining the age of sixty-five years.',
      ].join('\n'),
    );
  });

  it('keeps a definition’s words and the quoted list with its chapeau', () => {
    expect(draft.nodes[3].children[1].text).toBe(
      [
        'Delete the definitions of “unqualified person” and substitute therefor the following new definition—',
        '> “unqualified person” means a person who is not qualified under section 9 and includes an advocate who—',
        '> (a) is not qualified under section 9;',
        '> (b) is not exempt under section 10; and',
        '> (c) fails to take out a practising certificate.',
      ].join('\n'),
    );
  });

  it('does not warn about a schedule it imported', () => {
    expect(draft.warnings).toEqual([]);
  });
});

describe('parseAknDraft on the Commission’s Proposal for a Directive COM(2025) 162 (AKN4EU, as LEOS exports it)', () => {
  const xml = fixture('eu-com-2025-162-proposal.akn.xml');
  const draft = parseAknDraft(xml);
  const title =
    'Proposal for a DIRECTIVE OF THE EUROPEAN PARLIAMENT AND OF THE COUNCIL on the registration documents for vehicles and vehicle registration data recorded in national vehicle registers and repealing Council Directive 1999/37/EC';

  it('reads the three articles as provisions in their chapters, after the preamble and before the signatures', () => {
    expect(draft.nodes.map((node) => [node.kind, node.number, node.heading])).toEqual([
      ['PREAMBLE', null, null],
      ['CHAPTER', 'Chapter I', 'General provisions'],
      ['CHAPTER', 'Chapter II', 'Registration certificates'],
      ['CONCLUSIONS', null, null],
    ]);
    expect(units(draft.nodes).map((node) => [node.number, node.heading])).toEqual([
      ['Article 1', 'Subject matter and scope'],
      ['Article 2', 'Definitions'],
      ['Article 3', 'General requirements for registration certificates'],
    ]);
    expect(draft.articleCount).toBe(3);
  });

  it('reads each article’s paragraphs as its own, numbered as written (Article 2’s one paragraph has no number)', () => {
    expect(units(draft.nodes).map((unit) => unit.children.map((child) => [child.kind, child.number]))).toEqual([
      [['PARAGRAPH', '1.'], ['PARAGRAPH', '2.']],
      [['PARAGRAPH', null]],
      ['1.', '2.', '3.', '4.', '5.', '6.'].map((number) => ['PARAGRAPH', number]),
    ]);
    expect(all(draft.nodes.slice(1)).filter((node) => node.kind === 'PARAGRAPH')).toHaveLength(9);
  });

  it('keeps "Done at Brussels" and each signature on a line of their own, as the closing provision', () => {
    expect(draft.nodes.at(-1)?.text).toBe(['Done at Brussels,', 'For the European Parliament The President [...]', 'For the Council The President [...]'].join('\n'));
  });

  it('keeps the points of a paragraph in its text, after their chapeau', () => {
    expect(units(draft.nodes)[0].children[0].text).toBe(
      [
        'This Directive lays down common rules on the following:',
        '(a) the vehicle registration documents issued by the Member States;',
        '(b) certain data to be recorded in national vehicle registers;',
        '(c) the exchange of such data between Member States.',
      ].join('\n'),
    );
  });

  it('keys the provisions by their LEOS xml:id', () => {
    expect(byKey(draft.nodes, 'ecE7tn1HSmpax3EFQ')).toMatchObject({ kind: 'ARTICLE', number: 'Article 1' });
    expect(byKey(draft.nodes, 'ecRnIdFmPihdokjod')).toMatchObject({ kind: 'PARAGRAPH', number: '1.' });
  });

  it('reads the title from the long title’s stage, type and purpose, a space between them', () => {
    expect([draft.title, draft.language]).toEqual([title, 'en']);
  });

  it('does not glue the title’s parts when nothing separates them in the file', () => {
    const glued = xml.replace(/<\/(docStage|docType)>\s+</gu, '</$1><');
    expect(glued).toContain('Proposal for a</docStage><docType');
    expect(parseAknDraft(glued).title).toBe(title);
  });

  it('keeps the authorial notes as the paragraph’s notes, out of its text', () => {
    const definitions = units(draft.nodes)[1].children[0];
    expect(definitions.notes).toEqual([
      'Regulation (EU) No 167/2013 of the European Parliament and of the Council of 5 February 2013 on the approval and market surveillance of agricultural and forestry vehicles (OJ L 60, 2.3.2013, p. 1, ELI: http://data.europa.eu/eli/reg/2013/167/oj).',
      'Regulation (EU) No 168/2013 of the European Parliament and of the Council of 15 January 2013 on the approval and market surveillance of two- or three-wheel vehicles and quadricycles (OJ L 60, 2.3.2013, p. 52, ELI: http://data.europa.eu/eli/reg/2013/168/oj).',
    ]);
    expect(definitions.text).toContain('Regulation (EU) No 167/2013 of the European Parliament and of the Council, and any vehicle referred to in');
    expect(all(draft.nodes).some((node) => node.text.includes('OJ L 60'))).toBe(false);
  });

  describe('its preamble', () => {
    const preamble = draft.nodes[0];

    it('is a PREAMBLE keyed by its xml:id: the acting entity, the six citations and “Whereas:”, then the recitals (1)–(3), then the enacting formula', () => {
      expect(preamble).toMatchObject({ kind: 'PREAMBLE', key: 'ecMPi6p12VxSPNDoT', number: null, heading: null });
      expect(preamble.children.map((node) => [node.kind, node.number])).toEqual([
        ['PARAGRAPH', null],
        ['RECITAL', '(1)'],
        ['RECITAL', '(2)'],
        ['RECITAL', '(3)'],
        ['PARAGRAPH', null],
      ]);
      expect(preamble.children[0].text.split('\n\n')).toEqual([
        'THE EUROPEAN PARLIAMENT AND THE COUNCIL OF THE EUROPEAN UNION,',
        'Having regard to the Treaty on the Functioning of the European Union, and in particular Article 91(1) thereof,',
        'Having regard to the proposal from the European Commission,',
        'After transmission of the draft legislative act to the national Parliaments,',
        'Having regard to the opinion of the European Economic and Social Committee,',
        'Having regard to the opinion of the Committee of the Regions,',
        'Acting in accordance with the ordinary legislative procedure,',
        'Whereas:',
      ]);
      expect(preamble.children[4].text).toBe('HAVE ADOPTED THIS DIRECTIVE:');
      // Like a unit's, its text is its paragraphs' joined.
      expect(preamble.text).toBe(`${preamble.children[0].text}\n\n${preamble.children[4].text}`);
    });

    it('reads each recital with its number apart and its notes kept out of its text', () => {
      const recitals = preamble.children.filter((node) => node.kind === 'RECITAL');
      expect(recitals.map((node) => node.key)).toEqual(['ecE4C8bnGx87GQkRK', 'ecMSiOc19oific5QT', 'ecPCLFazWAL6mStGa']);
      expect(recitals[0].text).toBe('The registration of a vehicle provides the administrative authorisation for its entry into service in road traffic.');
      expect(recitals[1].text).toMatch(/^Council Directive 1999\/37\/EC lays down common standards/u);
      expect(recitals[1].notes).toEqual([
        'Council Directive 1999/37/EC of 29 April 1999 on the registration documents for vehicles (OJ L 138, 1.6.1999, p. 57, ELI: http://data.europa.eu/eli/dir/1999/37/oj).',
      ]);
      expect(preamble.notes).toEqual(['OJ C [...], [...], p. [...]', 'OJ C [...], [...], p. [...]']);
    });

    it('counts no recital as a unit', () => {
      expect(draft.articleCount).toBe(3);
      expect(units(draft.nodes)).toHaveLength(3);
    });
  });

  it('names the annexes it only refers to (separate files of the proposal) as left out, with no generic warning', () => {
    expect(draft.annexesLeftOut).toEqual(['Annex I', 'Annex II', 'Annex III', 'Annex IV']);
    expect(draft.warnings).toEqual([]);
  });
});

/** Provisions of each fixture: units (counted), recitals (not counted), all rows; why each is what it is, in the fixtures' README. */
describe('the provisions of each Akoma Ntoso fixture', () => {
  it.each([
    ['../ch-sr-172.010.1.akn.xml', 98, 0, 544, 'its 92 articles, 3 transitional provisions and the list of each of its 3 annexes; a preamble'],
    ['za-constitution-1996-s1-12.akn.xml', 18, 0, 44, 'its 12 sections and the 6 paragraphs of Schedule 1; a preamble'],
    ['za-constitution-1996-ch1.akn2.xml', 6, 0, 15, 'its 6 sections'],
    ['za-constitution-1996-collection.akn.xml', 12, 0, 22, 'its 6 sections and the 6 paragraphs of its second component, Schedule 1'],
    ['ke-statute-law-misc-amendments-bill-2016.akn.xml', 4, 0, 6, 'its 2 sections and the 2 amendments of its Schedule; the enacting formula as preamble'],
    ['eu-com-2025-162-proposal.akn.xml', 3, 3, 21, 'its 3 articles; a preamble with recitals (1)–(3); the signatures'],
  ])('%s: %i units, %i recitals, %i provisions in all (%s)', (name, unitCount, recitalCount, allCount) => {
    const draft = parseAknDraft(fixture(name));
    const nodes = all(draft.nodes);
    expect([draft.articleCount, nodes.filter((node) => node.kind === 'RECITAL').length, nodes.length]).toEqual([unitCount, recitalCount, allCount]);
  });
});
