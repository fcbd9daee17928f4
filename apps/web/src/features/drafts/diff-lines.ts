import type { DiffPartLike } from '../../shared/diff/diff-text';
import { QUOTE_PREFIX } from './quoted-block';

/** One line of a word diff as shown: its parts without the line break, whether it is quoted, and the op of the break that ends it. */
export interface DiffLine {
  parts: DiffPartLike[];
  quoted: boolean;
  /** The line break after this line: in both versions, only the new one, only the old one; null for the last line. */
  breakOp: string | null;
}

/**
 * A word diff cut into the lines it shows (every line break of either version ends one). A line is quoted when the
 * version it belongs to quotes it — the new one, or the old one for a line only the old one had — and then the
 * prefix that says so is taken out of that version's parts, so the line reads as the reader shows it.
 */
export function diffLines(diff: readonly DiffPartLike[]): DiffLine[] {
  const lines: DiffLine[] = [];
  let parts: DiffPartLike[] = [];
  for (const part of diff) {
    const pieces = part.text.split('\n');
    pieces.forEach((piece, index) => {
      if (index > 0) {
        lines.push(quoteOf(parts, part.op));
        parts = [];
      }
      if (piece) parts.push({ op: part.op, text: piece });
    });
  }
  lines.push(quoteOf(parts, null));
  return lines;
}

const textOf = (parts: readonly DiffPartLike[], skip: string): string =>
  parts
    .filter((part) => part.op !== skip)
    .map((part) => part.text)
    .join('');

const quoteOf = (parts: DiffPartLike[], breakOp: string | null): DiffLine => {
  const after = textOf(parts, 'delete');
  const side = after ? 'delete' : 'insert';
  if (!(after || textOf(parts, 'insert')).startsWith(QUOTE_PREFIX)) return { parts, quoted: false, breakOp };
  return { parts: withoutPrefix(parts, side), quoted: true, breakOp };
};

/** The parts with the first QUOTE_PREFIX.length characters of the quoting version (not those of `skip`) taken out. */
const withoutPrefix = (parts: readonly DiffPartLike[], skip: string): DiffPartLike[] => {
  let left = QUOTE_PREFIX.length;
  const out: DiffPartLike[] = [];
  for (const part of parts) {
    if (left === 0 || part.op === skip) {
      out.push(part);
      continue;
    }
    const cut = Math.min(left, part.text.length);
    left -= cut;
    if (part.text.length > cut) out.push({ op: part.op, text: part.text.slice(cut) });
  }
  return out;
};
