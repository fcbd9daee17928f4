import { Document, HeadingLevel, Packer, Paragraph, Table, TableCell, TableRow, TextRun, WidthType } from 'docx';
import { exportDate, type ExportLabels } from './comment-export.labels';
import { EXPORT_COLUMNS, type ExportRow } from './comment-export.rows';

/** A Word document in the requester's language: the dossier's title, then one table row per comment. */
export function toDocx(title: string, rows: ExportRow[], labels: ExportLabels): Promise<Buffer> {
  const header = new TableRow({
    tableHeader: true,
    children: EXPORT_COLUMNS.map((key) => new TableCell({ children: [new Paragraph({ children: [new TextRun({ text: labels.columns[key], bold: true })] })] })),
  });
  const body = rows.map(
    (row) => new TableRow({ children: EXPORT_COLUMNS.map((key) => new TableCell({ children: [new Paragraph(row[key])] })) }),
  );
  const document = new Document({
    sections: [
      {
        children: [
          new Paragraph({ text: title, heading: HeadingLevel.HEADING_1 }),
          new Paragraph(labels.exported(exportDate(labels, new Date()), rows.length)),
          new Table({ width: { size: 100, type: WidthType.PERCENTAGE }, rows: [header, ...body] }),
        ],
      },
    ],
  });
  return Packer.toBuffer(document);
}
