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

  it('reads the twelve sections as provisions in their chapters', () => {
    expect(units(draft.nodes).map((node) => node.number)).toEqual(['1.', '2.', '3.', '4.', '5.', '6.', '7.', '8.', '9.', '10.', '11.', '12.']);
    expect(draft.nodes.map((node) => [node.kind, node.number, node.heading])).toEqual([
      ['CHAPTER', '1', 'Founding provisions'],
      ['CHAPTER', '2', 'Bill of Rights'],
    ]);
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

  it('warns that the schedule was not imported', () => {
    expect(draft.warnings).toEqual(['The annexes were not imported; only the articles of the main body were.']);
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
    expect(units(draft.nodes)).toHaveLength(6);
    expect(draft.title).toBe('Constitution of the Republic of South Africa, 1996');
  });

  it('warns about the component that is an annex', () => {
    expect(draft.warnings).toEqual(['The annexes were not imported; only the articles of the main body were.']);
  });
});

describe('parseAknDraft on the Kenyan Statute Law (Miscellaneous Amendments) Bill, 2016', () => {
  const draft = parseAknDraft(fixture('ke-statute-law-misc-amendments-bill-2016.akn.xml'));

  it('reads the bill’s own two sections and each amendment of its schedule as a provision', () => {
    expect(draft.nodes.map((node) => [node.kind, node.number, node.heading])).toEqual([
      ['ARTICLE', '1.', 'Short title.'],
      ['ARTICLE', '2.', 'Amendment of written laws.'],
      ['SCHEDULE', 'Schedule', '(s. 2)'],
    ]);
    expect(draft.nodes[2].children.map((node) => [node.kind, node.number, node.heading])).toEqual([
      ['ARTICLE', '1', 'The Judicature Act (Cap. 8), s. 9'],
      ['ARTICLE', '2', 'The Advocates Act (Cap. 16), s. 2'],
    ]);
  });

  it('does not take the quoted section 9 for a provision of the bill', () => {
    expect(units(draft.nodes).map((node) => node.key)).not.toContain('att_1__hcontainer_1__qstr_1__sec_9');
    expect(draft.articleCount).toBe(4);
  });

  it('marks the quoted text as quoted, inside its amendment', () => {
    expect(draft.nodes[2].children[0].text).toBe(
      [
        'Delete and substitute therefor the following new section—',
        '> 9. Retirement Age.',
        '> (1) Subject to subsection (2), the age at which a person holding the office of judge shall retire shall be seventy years.',
        '> (2) Notwithstanding subsection (1), a person holding the office of Judge may elect to vacate office at any time after attaining the age of sixty-five years.',
      ].join('\n'),
    );
  });

  it('keeps a definition’s words and the quoted list with its chapeau', () => {
    expect(draft.nodes[2].children[1].text).toBe(
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
