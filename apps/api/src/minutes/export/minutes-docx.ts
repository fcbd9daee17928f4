import { AlignmentType, BorderStyle, Document, HeadingLevel, Packer, Paragraph, Table, TableCell, TableRow, TextRun, WidthType } from 'docx';
import type { MinutesExportDocument } from './minutes-export.document';
import { minutesPrintout, type PrintBlock } from './minutes-printout';

const HEADINGS = { 1: HeadingLevel.HEADING_1, 2: HeadingLevel.HEADING_2, 3: HeadingLevel.HEADING_3 } as const;

/** A paragraph of text, right to left when its text is (Arabic names, reservations written in Arabic). */
const text = (value: string, rtl: boolean, options: { bold?: boolean; indent?: boolean } = {}) =>
  new Paragraph({
    bidirectional: rtl,
    ...(options.indent ? { indent: { start: 360 } } : {}),
    children: [new TextRun({ text: value, bold: options.bold, rightToLeft: rtl })],
  });

function render(block: PrintBlock): Array<Paragraph | Table> {
  switch (block.type) {
    case 'title':
      return [new Paragraph({ text: block.text, heading: HeadingLevel.TITLE })];
    case 'heading':
      return [new Paragraph({ text: block.text, heading: HEADINGS[block.level] })];
    case 'paragraph':
      return [text(block.text, block.rtl)];
    case 'quote':
      return [text(block.text, block.rtl, { indent: true })];
    case 'notice':
      return block.lines.map((line) => new Paragraph({ alignment: AlignmentType.LEFT, border: { left: { style: BorderStyle.SINGLE, size: 12, color: '777777', space: 6 } }, children: [new TextRun({ text: line })] }));
    case 'facts':
      return [
        new Table({
          width: { size: 100, type: WidthType.PERCENTAGE },
          rows: block.rows.map((row) => new TableRow({ children: [new TableCell({ children: [text(row.label, false, { bold: true })] }), new TableCell({ children: [text(row.value, row.rtl)] })] })),
        }),
      ];
  }
}

/** Minutes as a Word document in the requester's language: the same blocks the PDF prints. */
export function toMinutesDocx(document: MinutesExportDocument): Promise<Buffer> {
  const blocks = minutesPrintout(document);
  const title = blocks[0]?.type === 'title' ? blocks[0].text : '';
  return Packer.toBuffer(
    new Document({
      title,
      creator: 'Tripart',
      description: document.seal ? `SHA-256 ${document.seal.hash}` : undefined,
      sections: [{ children: blocks.flatMap(render) }],
    }),
  );
}
