import type { CommentView } from './comment.view';
import { exportDateTime, type ExportLabels } from './comment-export.labels';

export interface ExportRow {
  provision: string;
  quote: string;
  comment: string;
  author: string;
  organization: string;
  constituency: string;
  date: string;
  thread: string;
  suggestedWording: string;
  status: string;
  visibility: string;
}

/** The columns, in order; their headers are the requester's language's (`ExportLabels.columns`). */
export const EXPORT_COLUMNS: Array<keyof ExportRow> = [
  'provision', 'quote', 'comment', 'author', 'organization', 'constituency', 'date', 'thread', 'suggestedWording', 'status', 'visibility',
];

/** Threads flattened for a synthesis report, in the requester's language; deleted comments never appear. */
export function exportRows(threads: CommentView[], provisionLabel: (provisionId: string) => string, labels: ExportLabels): ExportRow[] {
  const rows: ExportRow[] = [];
  threads.forEach((thread, index) => {
    for (const comment of [thread, ...thread.replies]) {
      if (comment.deletedAt || comment.body === null) continue;
      rows.push({
        provision: provisionLabel(comment.provisionId),
        quote: comment.quote?.exact ?? '',
        comment: comment.body,
        author: comment.author.displayName,
        organization: comment.author.organizationName ?? '',
        constituency: comment.author.constituency ? labels.constituency[comment.author.constituency] : '',
        date: exportDateTime(labels, comment.createdAt),
        thread: comment.parentId ? labels.reply(`#${index + 1}`) : `#${index + 1}`,
        suggestedWording: comment.suggestedText ?? '',
        status: thread.resolvedAt ? labels.status.resolved : labels.status.open,
        visibility: labels.visibility[comment.visibility],
      });
    }
  });
  return rows;
}

/** RFC 4180, with cells that a spreadsheet would run as formulas defused. */
export function toCsv(rows: ExportRow[], labels: ExportLabels): string {
  const cell = (value: string) => {
    const safe = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
    return /[",\n\r]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
  };
  const lines = [EXPORT_COLUMNS.map((key) => labels.columns[key]), ...rows.map((row) => EXPORT_COLUMNS.map((key) => row[key]))];
  return `\uFEFF${lines.map((line) => line.map(cell).join(',')).join('\r\n')}\r\n`;
}
