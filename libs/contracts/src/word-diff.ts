/**
 * Word-level diff of two provision texts, for showing what a new version changed.
 * Myers' O(ND) algorithm in linear space (divide and conquer on the middle snake), so that a 5,000-word
 * provision with a few edits diffs in milliseconds and a full rewrite neither exhausts memory nor hangs.
 */

export type DiffOp = 'equal' | 'insert' | 'delete';

export interface DiffPart {
  op: DiffOp;
  text: string;
}

/** Words (letters, digits, apostrophes inside), runs of whitespace, and each other character on its own. */
const TOKEN = /[\p{L}\p{M}\p{N}]+(?:['’][\p{L}\p{M}\p{N}]+)*|\s+|[^\s\p{L}\p{M}\p{N}]/gu;

export const tokenize = (text: string): string[] => text.match(TOKEN) ?? [];

export const wordDiff = (before: string, after: string): DiffPart[] => {
  const a = tokenize(before);
  const b = tokenize(after);
  const ids = new Map<string, number>();
  const intern = (token: string) => ids.get(token) ?? (ids.set(token, ids.size), ids.size - 1);
  const edits: Edit[] = [];
  diffRange(Int32Array.from(a, intern), 0, a.length, Int32Array.from(b, intern), 0, b.length, edits);
  const parts = edits.map(([op, side, index]) => ({ op, text: side === 'a' ? a[index] : b[index] }));
  return merge(absorbLoneSpaces(merge(parts)));
};

type Edit = readonly [DiffOp, 'a' | 'b', number];

const diffRange = (a: Int32Array, aLo: number, aHi: number, b: Int32Array, bLo: number, bHi: number, out: Edit[]): void => {
  while (aLo < aHi && bLo < bHi && a[aLo] === b[bLo]) {
    out.push(['equal', 'a', aLo]);
    aLo += 1;
    bLo += 1;
  }
  let suffix = 0;
  while (aLo < aHi - suffix && bLo < bHi - suffix && a[aHi - 1 - suffix] === b[bHi - 1 - suffix]) suffix += 1;
  const [aEnd, bEnd] = [aHi - suffix, bHi - suffix];
  if (aLo === aEnd) for (let j = bLo; j < bEnd; j += 1) out.push(['insert', 'b', j]);
  else if (bLo === bEnd) for (let i = aLo; i < aEnd; i += 1) out.push(['delete', 'a', i]);
  else {
    const [x, y, u, v] = middleSnake(a, aLo, aEnd, b, bLo, bEnd);
    diffRange(a, aLo, x, b, bLo, y, out);
    for (let i = x; i < u; i += 1) out.push(['equal', 'a', i]);
    diffRange(a, u, aEnd, b, v, bEnd, out);
  }
  for (let i = aEnd; i < aHi; i += 1) out.push(['equal', 'a', i]);
};

/**
 * The middle snake of the shortest edit script between a[aLo, aHi) and b[bLo, bHi), found by searching
 * forward from the start and backward from the end until the two searches overlap. Returns [x, y, u, v]:
 * the snake runs from (x, y) to (u, v) in absolute positions. Both ranges are non-empty and differ at both ends.
 */
const middleSnake = (a: Int32Array, aLo: number, aHi: number, b: Int32Array, bLo: number, bHi: number) => {
  const n = aHi - aLo;
  const m = bHi - bLo;
  const delta = n - m;
  const odd = (delta & 1) !== 0;
  const max = Math.ceil((n + m) / 2);
  const offset = max + 1;
  const forward = new Int32Array(2 * max + 4);
  const backward = new Int32Array(2 * max + 4);
  for (let d = 0; d <= max; d += 1) {
    for (let k = -d; k <= d; k += 2) {
      const down = k === -d || (k !== d && forward[offset + k - 1] < forward[offset + k + 1]);
      const start = down ? forward[offset + k + 1] : forward[offset + k - 1] + 1;
      let x = start;
      let y = x - k;
      const y0 = y;
      while (x < n && y < m && a[aLo + x] === b[bLo + y]) {
        x += 1;
        y += 1;
      }
      forward[offset + k] = x;
      const back = delta - k;
      if (odd && back >= -(d - 1) && back <= d - 1 && x + backward[offset + back] >= n) {
        return [aLo + start, bLo + y0, aLo + x, bLo + y] as const;
      }
    }
    for (let k = -d; k <= d; k += 2) {
      const down = k === -d || (k !== d && backward[offset + k - 1] < backward[offset + k + 1]);
      const start = down ? backward[offset + k + 1] : backward[offset + k - 1] + 1;
      let x = start;
      let y = x - k;
      const y0 = y;
      while (x < n && y < m && a[aHi - 1 - x] === b[bHi - 1 - y]) {
        x += 1;
        y += 1;
      }
      backward[offset + k] = x;
      const fore = delta - k;
      if (!odd && fore >= -d && fore <= d && x + forward[offset + fore] >= n) {
        return [aHi - x, bHi - y, aHi - start, bHi - y0] as const;
      }
    }
  }
  throw new Error('middleSnake: the searches never met');
};

/** Joins neighbours of the same kind and puts deletions before insertions inside each changed stretch. */
const merge = (parts: readonly DiffPart[]): DiffPart[] => {
  const merged: DiffPart[] = [];
  let deleted = '';
  let inserted = '';
  const flush = () => {
    if (deleted) merged.push({ op: 'delete', text: deleted });
    if (inserted) merged.push({ op: 'insert', text: inserted });
    deleted = inserted = '';
  };
  for (const part of parts) {
    if (part.op === 'delete') deleted += part.text;
    else if (part.op === 'insert') inserted += part.text;
    else {
      flush();
      const last = merged.at(-1);
      if (last?.op === 'equal') last.text += part.text;
      else merged.push({ ...part });
    }
  }
  flush();
  return merged.filter((part) => part.text !== '');
};

/**
 * A lone space kept between two changed words reads as noise ("-the +a cat -sat +lay"); it is shown as
 * deleted and inserted, so the change reads as one phrase replaced by another.
 */
const absorbLoneSpaces = (parts: readonly DiffPart[]): DiffPart[] =>
  parts.flatMap((part, i) => {
    const between = i > 0 && i < parts.length - 1 && parts[i - 1].op !== 'equal' && parts[i + 1].op !== 'equal';
    if (part.op !== 'equal' || !between || !/^\s+$/u.test(part.text)) return [part];
    return [
      { op: 'delete', text: part.text },
      { op: 'insert', text: part.text },
    ];
  });
