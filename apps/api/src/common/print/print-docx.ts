import { AlignmentType, BorderStyle, Document, HeadingLevel, Packer, Paragraph, ShadingType, Table, TableCell, TableRow, TextRun, WidthType } from 'docx';
import type { PrintBlock, PrintCell, PrintFact, Printout, PrintTone } from './print-blocks';

/** The same light fills as the PDF's. */
const FILLS: Record<PrintTone, string> = { agree: 'E6F4EA', divided: 'FDECEA' };

const HEADINGS = { 1: HeadingLevel.HEADING_1, 2: HeadingLevel.HEADING_2, 3: HeadingLevel.HEADING_3 } as const;

/** A paragraph of text, right to left when its text is (Arabic names, reservations written in Arabic). */
export const docxText = (value: string, rtl: boolean, options: { bold?: boolean; indent?: boolean } = {}) =>
  new Paragraph({
    bidirectional: rtl,
    ...(options.indent ? { indent: { start: 360 } } : {}),
    children: [new TextRun({ text: value, bold: options.bold, rightToLeft: rtl })],
  });

/** A heading of level 1–3. */
export const docxHeading = (level: 1 | 2 | 3, text: string) => new Paragraph({ text, heading: HEADINGS[level] });

/** A two-column table of facts: the label bold, the value in its own direction. */
export const docxFacts = (rows: PrintFact[]) =>
  new Table({
    width: { size: 100, type: WidthType.PERCENTAGE },
    rows: rows.map((row) => new TableRow({ children: [new TableCell({ children: [docxText(row.label, false, { bold: true })] }), new TableCell({ children: [docxText(row.value, row.rtl)] })] })),
  });

/** A table with its header row (repeated on every page), each cell in its own direction. */
export const docxTable = (headers: string[], rows: PrintCell[][]) =>
  new Table({
    width: { size: 100, type: WidthType.PERCENTAGE },
    rows: [
      new TableRow({ tableHeader: true, children: headers.map((header) => new TableCell({ children: [docxText(header, false, { bold: true })] })) }),
      ...rows.map(
        (row) =>
          new TableRow({
            children: row.map((cell) => new TableCell({ ...(cell.tone ? { shading: { fill: FILLS[cell.tone], type: ShadingType.CLEAR, color: 'auto' } } : {}), children: [docxText(cell.text, cell.rtl)] })),
          }),
      ),
    ],
  });

/** One block as Word paragraphs and tables. */
export function docxBlock(block: PrintBlock): Array<Paragraph | Table> {
  switch (block.type) {
    case 'title':
      return [new Paragraph({ text: block.text, heading: HeadingLevel.TITLE })];
    case 'heading':
      return [docxHeading(block.level, block.text)];
    case 'paragraph':
      return [docxText(block.text, block.rtl)];
    case 'quote':
      return [docxText(block.text, block.rtl, { indent: true })];
    case 'notice':
      return block.lines.map((line) => new Paragraph({ alignment: AlignmentType.LEFT, border: { left: { style: BorderStyle.SINGLE, size: 12, color: '777777', space: 6 } }, children: [new TextRun({ text: line })] }));
    case 'facts':
      return [docxFacts(block.rows)];
    case 'table':
      return [docxTable(block.headers, block.rows)];
  }
}

/** A printout as a Word document: the same blocks the PDF prints. */
export function printDocx(printout: Printout): Promise<Buffer> {
  return Packer.toBuffer(
    new Document({
      title: printout.title,
      creator: 'Tripart',
      description: printout.description,
      sections: [{ children: printout.blocks.flatMap(docxBlock) }],
    }),
  );
}
