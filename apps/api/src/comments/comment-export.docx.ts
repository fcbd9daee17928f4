import { Document, HeadingLevel, Packer, Paragraph, Table, TableCell, TableRow, TextRun, WidthType } from 'docx';
import { EXPORT_COLUMNS, type ExportRow } from './comment-export.rows';

/** A Word document: the dossier's title, then one table row per comment. */
export function toDocx(title: string, rows: ExportRow[]): Promise<Buffer> {
  const header = new TableRow({
    tableHeader: true,
    children: EXPORT_COLUMNS.map(([, label]) => new TableCell({ children: [new Paragraph({ children: [new TextRun({ text: label, bold: true })] })] })),
  });
  const body = rows.map(
    (row) => new TableRow({ children: EXPORT_COLUMNS.map(([key]) => new TableCell({ children: [new Paragraph(row[key])] })) }),
  );
  const document = new Document({
    sections: [
      {
        children: [
          new Paragraph({ text: title, heading: HeadingLevel.HEADING_1 }),
          new Paragraph(`Comments exported ${new Date().toISOString().slice(0, 10)} — ${rows.length} comment(s).`),
          new Table({ width: { size: 100, type: WidthType.PERCENTAGE }, rows: [header, ...body] }),
        ],
      },
    ],
  });
  return Packer.toBuffer(document);
}
