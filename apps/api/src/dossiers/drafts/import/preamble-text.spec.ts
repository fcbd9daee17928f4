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
