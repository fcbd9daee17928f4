import { Document, HeadingLevel, Packer, Paragraph } from 'docx';
import { parseDocxDraft } from './docx.parser';
import { type ParsedNode, walkNodes } from './parsed-draft';

/** Word drafts made from real acts' text (test/fixtures/drafts/README.md), as a ministry's clerk would type them. */

const docx = (paragraphs: Array<string | Paragraph>) =>
  Packer.toBuffer(new Document({ sections: [{ children: paragraphs.map((p) => (typeof p === 'string' ? new Paragraph(p) : p)) }] }));
const units = (nodes: ParsedNode[]) => [...walkNodes(nodes)].filter((node) => node.kind === 'ARTICLE');

describe('parseDocxDraft on a section-numbered act', () => {
  const draft = () =>
    docx([
      new Paragraph({ text: 'Constitution of the Republic of South Africa, 1996', heading: HeadingLevel.TITLE }),
      new Paragraph({ text: 'Chapter 1', heading: HeadingLevel.HEADING_1 }),
      new Paragraph({ text: 'Founding provisions', heading: HeadingLevel.HEADING_2 }),
      new Paragraph({ text: '1. Republic of South Africa', heading: HeadingLevel.HEADING_3 }),
      'The Republic of South Africa is one, sovereign, democratic state founded on the following values:',
      '(a) Human dignity, the achievement of equality and the advancement of human rights and freedoms.',
      '(b) Non-racialism and non-sexism.',
      new Paragraph({ text: '2. Supremacy of Constitution', heading: HeadingLevel.HEADING_3 }),
      'This Constitution is the supreme law of the Republic; law or conduct inconsistent with it is invalid, and the obligations imposed by it must be fulfilled.',
      new Paragraph({ text: 'Section 3. Citizenship', heading: HeadingLevel.HEADING_3 }),
      '(1) There is a common South African Citizenship.',
      '(2) National legislation must provide for the acquisition, loss and restoration of citizenship.',
    ]);

  it('reads its sections, not "no article was found"', async () => {
    const parsed = await parseDocxDraft(await draft());
    expect(units(parsed.nodes).map((node) => [node.key, node.heading])).toEqual([
      ['sec_1', 'Republic of South Africa'],
      ['sec_2', 'Supremacy of Constitution'],
      ['sec_3', 'Citizenship'],
    ]);
  });
});

describe('parseDocxDraft on an amending bill that quotes the section it substitutes', () => {
  const draft = () =>
    docx([
      new Paragraph({ text: 'The Statute Law (Miscellaneous Amendments) Bill, 2016', heading: HeadingLevel.TITLE }),
      '1. Short title',
      'This Act may be cited as the Statute Law (Miscellaneous Amendments) Act, 2016.',
      '2. Amendment of section 9 of Cap. 8',
      'Section 9 of the Judicature Act is deleted and the following new section substituted therefor—',
      '“9. Retirement age',
      '(1) Subject to subsection (2), the age at which a person holding the office of judge shall retire shall be seventy years.',
      '(2) Notwithstanding subsection (1), a person holding the office of Judge may elect to vacate office at any time after attaining the age of sixty-five years.”',
      '3. Amendment of section 2 of Cap. 16',
      'Section 2 of the Advocates Act is amended by deleting the definition of “unqualified person” and substituting therefor the following new definition—',
      '“unqualified person” means a person who is not qualified under section 9.',
    ]);

  it('reads each amendment as its own provision and the quoted section 9 as its text', async () => {
    const parsed = await parseDocxDraft(await draft());
    expect(parsed.nodes.map((node) => [node.key, node.heading])).toEqual([
      ['sec_1', 'Short title'],
      ['sec_2', 'Amendment of section 9 of Cap. 8'],
      ['sec_3', 'Amendment of section 2 of Cap. 16'],
    ]);
  });

  it('marks the quoted section as quoted inside the amendment', async () => {
    const parsed = await parseDocxDraft(await draft());
    expect(parsed.nodes[1].text).toBe(
      [
        'Section 9 of the Judicature Act is deleted and the following new section substituted therefor—',
        '> “9. Retirement age',
        '> (1) Subject to subsection (2), the age at which a person holding the office of judge shall retire shall be seventy years.',
        '> (2) Notwithstanding subsection (1), a person holding the office of Judge may elect to vacate office at any time after attaining the age of sixty-five years.”',
      ].join('\n'),
    );
    expect(parsed.nodes[1].children).toEqual([]);
  });

  it('keeps a quoted definition that fits on one line as quoted too', async () => {
    const parsed = await parseDocxDraft(await draft());
    expect(parsed.nodes[2].text.split('\n')[1]).toBe('> “unqualified person” means a person who is not qualified under section 9.');
  });
});
