import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { type ParsedNode, walkNodes } from './parsed-draft';
import { parseTextDraft } from './text.parser';

/** Plain-text acts as ministries paste them (test/fixtures/drafts/README.md). */

const fixture = (name: string) => readFileSync(resolve(__dirname, '../../../../test/fixtures/drafts', name), 'utf8');
const units = (nodes: ParsedNode[]) => [...walkNodes(nodes)].filter((node) => node.kind === 'ARTICLE');
const lines = (...text: string[]) => text.join('\n');

describe('parseTextDraft on sections numbered "1. Republic of South Africa"', () => {
  const draft = parseTextDraft(fixture('za-constitution-1996-s1-6.txt'), 'TEXT');

  it('reads the six sections with their headings, in their chapter', () => {
    expect(draft.nodes.map((node) => [node.kind, node.number, node.heading])).toEqual([['CHAPTER', 'Chapter 1', 'Founding provisions']]);
    expect(units(draft.nodes).map((node) => [node.key, node.number, node.heading])).toEqual([
      ['sec_1', '1', 'Republic of South Africa'],
      ['sec_2', '2', 'Supremacy of Constitution'],
      ['sec_3', '3', 'Citizenship'],
      ['sec_4', '4', 'National anthem'],
      ['sec_5', '5', 'National flag'],
      ['sec_6', '6', 'Languages'],
    ]);
  });

  it('keeps the title and no warning about articles', () => {
    expect([draft.title, draft.warnings]).toEqual(['Constitution of the Republic of South Africa, 1996', []]);
  });

  it('reads subsections as paragraphs and keeps (a), (b) inside them', () => {
    const [, , citizenship] = units(draft.nodes);
    expect(citizenship.children.map((child) => [child.number, child.text])).toEqual([
      ['(1)', 'There is a common South African Citizenship.'],
      ['(2)', 'All citizens are -\n(a) equally entitled to the rights, privileges and benefits of citizenship; and\n(b) equally subject to the duties and responsibilities of citizenship.'],
      ['(3)', 'National legislation must provide for the acquisition, loss and restoration of citizenship.'],
    ]);
  });
});

describe('parseTextDraft on "Article 1 Subject-matter and objectives"', () => {
  const draft = parseTextDraft(fixture('eu-gdpr-2016-679-art1-2.txt'), 'TEXT');

  it('reads a heading after the number on the same line without separator', () => {
    expect(units(draft.nodes).map((node) => [node.key, node.number, node.heading])).toEqual([
      ['art_1', 'Article 1', 'Subject-matter and objectives'],
      ['art_2', 'Article 2', 'Material scope'],
    ]);
  });

  it('keeps the points of a paragraph inside it', () => {
    const [, scope] = units(draft.nodes);
    expect(scope.children[1].text).toMatch(/^This Regulation does not apply to the processing of personal data:\n\(a\) in the course/u);
  });
});

describe('parseTextDraft on regulations numbered "1.—(1)"', () => {
  const draft = parseTextDraft(fixture('uk-working-time-regulations-1998-reg1.txt'), 'TEXT');

  it('reads the regulation, its heading above it and its paragraphs', () => {
    const [part] = draft.nodes;
    expect([part.kind, part.number, part.heading]).toEqual(['PART', 'PART I', 'GENERAL']);
    const [regulation] = part.children;
    expect([regulation.kind, regulation.number, regulation.heading, regulation.children.map((child) => child.number)]).toEqual([
      'ARTICLE',
      '1',
      'Citation, commencement and extent',
      ['(1)', '(2)'],
    ]);
  });
});

describe('parseTextDraft with units as drafters name them', () => {
  it.each([
    ['Section 12', 'sec_12'],
    ['s. 12', 'sec_12'],
    ['Rule 12', 'rule_12'],
    ['Regulation 12', 'reg_12'],
    ['Clause 12', 'cl_12'],
    ['Art. 12', 'art_12'],
    ['Artículo 12', 'art_12'],
    ['Article premier', 'art_1'],
  ])('reads "%s. Heading" as a provision keyed %s', (number, key) => {
    const [unit] = parseTextDraft(lines(`${number}. Interpretation`, 'In this Act, words have their ordinary meaning.'), 'TEXT').nodes;
    expect([unit.kind, unit.key, unit.heading]).toEqual(['ARTICLE', key, 'Interpretation']);
  });

  it('reads "1. Short title" numbering with the text of the act below', () => {
    const draft = parseTextDraft(lines('1. Short title', 'This Act may be cited as the Statute Law Act.', '2. Commencement', 'This Act comes into force on assent.'), 'TEXT');
    expect(draft.nodes.map((node) => [node.key, node.heading, node.text])).toEqual([
      ['sec_1', 'Short title', 'This Act may be cited as the Statute Law Act.'],
      ['sec_2', 'Commencement', 'This Act comes into force on assent.'],
    ]);
  });

  it('reads a schedule and a division as containers', () => {
    const draft = parseTextDraft(lines('Division 1', 'Section 1. Scope', 'Text.', 'First Schedule', 'Section 2. Forms', 'Text.'), 'TEXT');
    expect(draft.nodes.map((node) => [node.kind, node.number])).toEqual([
      ['DIVISION', 'Division 1'],
      ['SCHEDULE', 'First Schedule'],
    ]);
  });

  it('keeps a numbered list inside a section as its text, not as new sections', () => {
    const draft = parseTextDraft(lines('3. Duties', 'The employer shall—', '1. pay wages;', '2. keep records.', '4. Offences', 'Text.'), 'TEXT');
    expect(draft.nodes.map((node) => node.key)).toEqual(['sec_3', 'sec_4']);
  });
});
