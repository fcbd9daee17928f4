import { Document, HeadingLevel, Packer, Paragraph } from 'docx';
import { countNodes } from './parsed-draft';
import { parseDocxDraft } from './docx.parser';
import { parseTextDraft } from './text.parser';

/** Text before the first provision of a text or Word draft, its title aside, is its preamble, as Akoma Ntoso's is. */

const lines = (...text: string[]) => text.join('\n\n');

const KENYAN_BILL = lines(
  'The Employment (Amendment) Bill, 2026',
  'AN ACT of Parliament to amend the Employment Act.',
  'ENACTED by the Parliament of Kenya, as follows—',
  '1. This Act may be cited as the Employment (Amendment) Act, 2026.',
  '2. Section 2 of the Employment Act is amended.',
);

describe('the text before the first provision of a text or Word draft', () => {
  it('is kept as a preamble before the first section, the title aside', () => {
    const draft = parseTextDraft(KENYAN_BILL, 'TEXT');
    expect(draft.title).toBe('The Employment (Amendment) Bill, 2026');
    expect(draft.nodes[0]).toEqual({
      kind: 'PREAMBLE',
      key: 'preamble',
      number: null,
      heading: null,
      text: 'AN ACT of Parliament to amend the Employment Act.\n\nENACTED by the Parliament of Kenya, as follows—',
      notes: [],
      children: [],
    });
  });

  it('is a provision of its own but never a unit', () => {
    const draft = parseTextDraft(KENYAN_BILL, 'TEXT');
    expect([draft.articleCount, countNodes(draft.nodes)]).toEqual([2, { all: 3, articles: 2 }]);
  });

  it('joins a wrapped line to the one it continues', () => {
    const draft = parseTextDraft('Labour Code\n\nWHEREAS the Republic has ratified\nthe Convention;\n\nArticle 1\nText.', 'TEXT');
    expect(draft.nodes[0]).toMatchObject({ kind: 'PREAMBLE', text: 'WHEREAS the Republic has ratified the Convention;' });
  });

  it('leaves the heading written above the first section to that section', () => {
    const draft = parseTextDraft(lines('Employment Act', 'WHEREAS it is expedient to amend the law;', 'Short title', '1. This Act may be cited as the Employment Act.'), 'TEXT');
    expect(draft.nodes.map((node) => [node.kind, node.heading, node.text])).toEqual([
      ['PREAMBLE', null, 'WHEREAS it is expedient to amend the law;'],
      ['ARTICLE', 'Short title', 'This Act may be cited as the Employment Act.'],
    ]);
  });

  it('keeps a short line no section took as a heading in the preamble', () => {
    const draft = parseTextDraft(lines('Labour Code', 'Explanatory Memorandum', 'Article 1 Scope', 'This Code applies to all workers.'), 'TEXT');
    expect(draft.nodes.map((node) => [node.kind, node.text])).toEqual([
      ['PREAMBLE', 'Explanatory Memorandum'],
      ['ARTICLE', 'This Code applies to all workers.'],
    ]);
  });

  it('makes no preamble of a draft with only its title before the first provision', () => {
    expect(parseTextDraft(lines('Labour Code', 'Article 1', 'Text.'), 'TEXT').nodes.map((node) => node.kind)).toEqual(['ARTICLE']);
  });

  it('stands before the first part of a Word draft, its Title-styled title aside', async () => {
    const word = await Packer.toBuffer(
      new Document({
        sections: [
          {
            children: [
              new Paragraph({ text: 'Projet de loi portant Code du travail', heading: HeadingLevel.TITLE }),
              new Paragraph('L’Assemblée nationale a adopté, le Président de la République promulgue la loi dont la teneur suit :'),
              new Paragraph({ text: 'Chapitre I', heading: HeadingLevel.HEADING_1 }),
              new Paragraph({ text: 'Article premier', heading: HeadingLevel.HEADING_3 }),
              new Paragraph('Le présent code régit les relations de travail.'),
            ],
          },
        ],
      }),
    );
    const draft = await parseDocxDraft(word);
    expect([draft.title, draft.nodes.map((node) => [node.kind, node.text])]).toEqual([
      'Projet de loi portant Code du travail',
      [
        ['PREAMBLE', 'L’Assemblée nationale a adopté, le Président de la République promulgue la loi dont la teneur suit :'],
        ['CHAPTER', ''],
      ],
    ]);
  });
});

describe('the closing block of a text or Word draft', () => {
  const REGULATION = [
    'Regulation on working time',
    '',
    'Chapter I',
    '',
    'Article 1',
    'This Regulation applies to all workers.',
    '',
    'Article 2',
    'It enters into force on the twentieth day after its publication.',
    '',
    'Done at Brussels, 12 March 2026.',
    '',
    'For the European Parliament',
    'The President',
    '',
    'For the Council',
    'The President',
  ].join('\n');

  it('is kept after the last article as the signatures, outside its chapter', () => {
    const draft = parseTextDraft(REGULATION, 'TEXT');
    expect(draft.nodes.map((node) => [node.kind, node.text])).toEqual([
      ['CHAPTER', ''],
      ['CONCLUSIONS', 'Done at Brussels, 12 March 2026.\n\nFor the European Parliament The President\n\nFor the Council The President'],
    ]);
    expect(draft.nodes[0].children.at(-1)?.text).toBe('It enters into force on the twentieth day after its publication.');
  });

  it('is no unit', () => {
    expect(parseTextDraft(REGULATION, 'TEXT').articleCount).toBe(2);
  });

  it('ends where the next provision starts (an annex after the signatures)', () => {
    const draft = parseTextDraft(`${REGULATION}\n\nArticle 3\nTransitional text.`, 'TEXT');
    expect(draft.nodes.slice(1).map((node) => [node.kind, node.number, node.text])).toEqual([
      ['CONCLUSIONS', null, 'Done at Brussels, 12 March 2026.\n\nFor the European Parliament The President\n\nFor the Council The President'],
      ['ARTICLE', 'Article 3', 'Transitional text.'],
    ]);
  });

  it('is read in French ("Fait à Genève")', () => {
    const draft = parseTextDraft('Loi\n\nArticle 1\nTexte.\n\nFait à Genève, le 1er mars 2026.\n\nPour le Conseil fédéral', 'TEXT');
    expect(draft.nodes.map((node) => node.kind)).toEqual(['ARTICLE', 'CONCLUSIONS']);
  });
});
