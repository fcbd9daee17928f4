import type { CommentView } from './comment.view';

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

export const EXPORT_COLUMNS: Array<[keyof ExportRow, string]> = [
  ['provision', 'Provision'],
  ['quote', 'Quote'],
  ['comment', 'Comment'],
  ['author', 'Author'],
  ['organization', 'Organization'],
  ['constituency', 'Constituency'],
  ['date', 'Date'],
  ['thread', 'Thread'],
  ['suggestedWording', 'Suggested wording'],
  ['status', 'Status'],
  ['visibility', 'Visibility'],
];

/** Threads flattened for a synthesis report; deleted comments never appear. */
export function exportRows(threads: CommentView[], provisionLabel: (provisionId: string) => string): ExportRow[] {
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
        constituency: comment.author.constituency ?? '',
        date: comment.createdAt.toISOString(),
        thread: comment.parentId ? `#${index + 1} (reply)` : `#${index + 1}`,
        suggestedWording: comment.suggestedText ?? '',
        status: thread.resolvedAt ? 'resolved' : 'open',
        visibility: comment.visibility,
      });
    }
  });
  return rows;
}

/** RFC 4180, with cells that a spreadsheet would run as formulas defused. */
export function toCsv(rows: ExportRow[]): string {
  const cell = (value: string) => {
    const safe = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
    return /[",\n\r]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
  };
  const lines = [EXPORT_COLUMNS.map(([, label]) => label), ...rows.map((row) => EXPORT_COLUMNS.map(([key]) => row[key]))];
  return `\uFEFF${lines.map((line) => line.map(cell).join(',')).join('\r\n')}\r\n`;
}
