import { Document, FootnoteReferenceRun, HeadingLevel, LevelFormat, Packer, Paragraph, Table, TableCell, TableRow, TextRun } from 'docx';
import { parseDocxDraft } from './docx.parser';

const docx = (children: Array<Paragraph | Table>, footnotes?: Record<number, { children: Paragraph[] }>) =>
  Packer.toBuffer(
    new Document({
      footnotes,
      numbering: { config: [{ reference: 'paragraphs', levels: [{ level: 0, format: LevelFormat.DECIMAL, text: '%1.' }] }] },
      sections: [{ children }],
    }),
  );

const frenchDraft = () =>
  docx([
    new Paragraph({ text: 'Projet de loi portant Code du travail', heading: HeadingLevel.TITLE }),
    new Paragraph({ text: 'Chapitre I', heading: HeadingLevel.HEADING_1 }),
    new Paragraph({ text: 'Dispositions générales', heading: HeadingLevel.HEADING_2 }),
    new Paragraph({ text: 'Article premier', heading: HeadingLevel.HEADING_3 }),
    new Paragraph('Objet'),
    new Paragraph('1. Le présent code régit les relations de travail.'),
    new Paragraph('2. Il s’applique aux travailleurs domestiques.'),
    new Paragraph({ text: 'Article 2 - Définitions', heading: HeadingLevel.HEADING_3 }),
    new Paragraph('Au sens du présent code, on entend par travailleur toute personne qui s’est engagée à mettre son activité professionnelle contre rémunération.'),
  ]);

describe('parseDocxDraft', () => {
  it('reads the articles of a French Word draft', async () => {
    const draft = await parseDocxDraft(await frenchDraft());
    const chapter = draft.nodes[0];
    expect([draft.format, chapter.key, chapter.heading, chapter.children.map((a) => [a.key, a.number, a.heading])]).toEqual([
      'DOCX',
      'chp_1',
      'Dispositions générales',
      [
        ['art_1', 'Article premier', 'Objet'],
        ['art_2', 'Article 2', 'Définitions'],
      ],
    ]);
  });

  it('keeps numbered paragraphs as paragraphs', async () => {
    const draft = await parseDocxDraft(await frenchDraft());
    expect(draft.nodes[0].children[0].children.map((p) => [p.key, p.text])).toEqual([
      ['art_1/para_1', 'Le présent code régit les relations de travail.'],
      ['art_1/para_2', 'Il s’applique aux travailleurs domestiques.'],
    ]);
  });

  it('takes the Title-styled paragraph as the title and guesses French', async () => {
    const draft = await parseDocxDraft(await frenchDraft());
    expect([draft.title, draft.language]).toEqual(['Projet de loi portant Code du travail', 'fr']);
  });

  it('writes out Word’s automatic paragraph numbers', async () => {
    const buffer = await docx([
      new Paragraph('Article 3'),
      new Paragraph({ text: 'Premier alinéa.', numbering: { reference: 'paragraphs', level: 0 } }),
      new Paragraph({ text: 'Second alinéa.', numbering: { reference: 'paragraphs', level: 0 } }),
    ]);
    const [article] = (await parseDocxDraft(buffer)).nodes;
    expect(article.children.map((p) => [p.key, p.number, p.text])).toEqual([
      ['art_3/para_1', '1.', 'Premier alinéa.'],
      ['art_3/para_2', '2.', 'Second alinéa.'],
    ]);
  });

  it('moves footnotes out of the text into the notes', async () => {
    const buffer = await docx(
      [new Paragraph('Article 1'), new Paragraph({ children: [new TextRun('Le salaire minimum est fixé par décret.'), new FootnoteReferenceRun(1)] })],
      { 1: { children: [new Paragraph('Voir la Convention n° 131.')] } },
    );
    const [article] = (await parseDocxDraft(buffer)).nodes;
    expect([article.text, article.notes]).toEqual(['Le salaire minimum est fixé par décret.', ['Voir la Convention n° 131.']]);
  });

  it('keeps a table row as one line with its cells', async () => {
    const cell = (text: string) => new TableCell({ children: [new Paragraph(text)] });
    const buffer = await docx([new Paragraph('Article 1'), new Table({ rows: [new TableRow({ children: [cell('Age'), cell('Hours')] })] })]);
    expect((await parseDocxDraft(buffer)).nodes[0].text).toBe('Age | Hours');
  });

  it('reads a Spanish draft with "bis" articles', async () => {
    const buffer = await docx([
      new Paragraph({ text: 'Artículo 3 bis. Jornada', heading: HeadingLevel.HEADING_2 }),
      new Paragraph('La jornada máxima es de ocho horas.'),
    ]);
    expect((await parseDocxDraft(buffer)).nodes[0]).toMatchObject({ key: 'art_3bis', number: 'Artículo 3 bis', heading: 'Jornada' });
  });

  it('refuses a truncated Word file as corrupt', async () => {
    const buffer = await frenchDraft();
    await expect(parseDocxDraft(buffer.subarray(0, Math.floor(buffer.length / 2)))).rejects.toMatchObject({ code: 'CORRUPT_FILE' });
  });

  it('refuses a Word file whose document part is damaged as corrupt', async () => {
    const buffer = Buffer.from(await frenchDraft());
    // Garble the compressed bytes in the middle while keeping the zip directory intact.
    buffer.fill(0x41, 200, Math.floor(buffer.length / 2));
    await expect(parseDocxDraft(buffer)).rejects.toMatchObject({ code: 'CORRUPT_FILE' });
  });
});

describe('parseDocxDraft on a Word draft numbered "1 Short title" (New Zealand, Australia)', () => {
  it('reads its sections by their bare numbers, the headings in Word heading style or not', async () => {
    const draft = await parseDocxDraft(
      await docx([
        new Paragraph({ text: 'Employment Standards Bill', heading: HeadingLevel.TITLE }),
        new Paragraph({ text: '1 Short title', heading: HeadingLevel.HEADING_3 }),
        new Paragraph('This Act is the Employment Standards Act 2026.'),
        new Paragraph('2 Commencement'),
        new Paragraph('1 January 2027 is the date on which this Act comes into force.'),
      ]),
    );
    expect(draft.nodes.map((node) => [node.number, node.heading, node.text])).toEqual([
      ['1', 'Short title', 'This Act is the Employment Standards Act 2026.'],
      ['2', 'Commencement', '1 January 2027 is the date on which this Act comes into force.'],
    ]);
  });
});
