import { matchMarker } from '../import/numbering';
import { type WordBag, bagSize, diceSimilarity, normalizeText, wordBag } from './text-similarity';

/**
 * Pairs the provisions of a new draft version with those of the previous one, so that comments, positions
 * and outcomes can follow a provision across versions: by key, then by number, then by similar text.
 */

export interface MatchableProvision {
  id: string;
  key: string;
  number: string | null;
  text: string;
}

export type MatchMethod = 'KEY' | 'NUMBER' | 'SIMILARITY';

/**
 * One entry per next provision (previousId null when it is new), then one per previous provision that
 * nothing matched (nextId null: it was removed). `similarity` is the Dice coefficient of the two texts' words.
 */
export interface ProvisionMatch {
  nextId: string | null;
  previousId: string | null;
  how: MatchMethod | null;
  similarity: number;
}

export const SIMILARITY_THRESHOLD = 0.6;

export const matchProvisions = (
  previous: readonly MatchableProvision[],
  next: readonly MatchableProvision[],
  threshold = SIMILARITY_THRESHOLD,
): ProvisionMatch[] => {
  const pairs = new Map<number, { previous: number; how: MatchMethod }>();
  const taken = new Set<number>();
  const pair = (n: number, p: number, how: MatchMethod) => {
    pairs.set(n, { previous: p, how });
    taken.add(p);
  };
  matchByKey(previous, next, pair);
  matchByNumber(previous, next, pairs, taken, pair);
  const bags = { previous: previous.map((p) => wordBag(p.text)), next: next.map((n) => wordBag(n.text)) };
  matchBySimilarity(bags, pairs, taken, threshold, pair);

  const matches: ProvisionMatch[] = next.map((provision, n) => {
    const found = pairs.get(n);
    if (!found) return { nextId: provision.id, previousId: null, how: null, similarity: 0 };
    const similarity = diceSimilarity(bags.previous[found.previous], bags.next[n]);
    return { nextId: provision.id, previousId: previous[found.previous].id, how: found.how, similarity };
  });
  const removed = previous.flatMap((provision, p) =>
    taken.has(p) ? [] : [{ nextId: null, previousId: provision.id, how: null, similarity: 0 }],
  );
  return [...matches, ...removed];
};

type Pair = (next: number, previous: number, how: MatchMethod) => void;

const matchByKey = (previous: readonly MatchableProvision[], next: readonly MatchableProvision[], pair: Pair): void => {
  const byKey = new Map<string, number>();
  previous.forEach((provision, p) => {
    if (!byKey.has(provision.key)) byKey.set(provision.key, p);
  });
  next.forEach((provision, n) => {
    const p = byKey.get(provision.key);
    if (p === undefined) return;
    byKey.delete(provision.key);
    pair(n, p, 'KEY');
  });
};

/** Only numbers that are unique on both sides: every article has a paragraph "1", which says nothing. */
const matchByNumber = (
  previous: readonly MatchableProvision[],
  next: readonly MatchableProvision[],
  pairs: ReadonlyMap<number, unknown>,
  taken: ReadonlySet<number>,
  pair: Pair,
): void => {
  const previousByNumber = uniqueNumbers(previous, (p) => !taken.has(p));
  const nextByNumber = uniqueNumbers(next, (n) => !pairs.has(n));
  for (const [number, n] of nextByNumber) {
    const p = previousByNumber.get(number);
    if (p !== undefined) pair(n, p, 'NUMBER');
  }
};

const uniqueNumbers = (provisions: readonly MatchableProvision[], open: (index: number) => boolean): Map<string, number> => {
  const found = new Map<string, number>();
  const repeated = new Set<string>();
  provisions.forEach((provision, index) => {
    const number = provision.number === null ? '' : normalizeNumber(provision.number);
    if (!number || !open(index)) return;
    if (found.has(number)) repeated.add(number);
    found.set(number, index);
  });
  for (const number of repeated) found.delete(number);
  return found;
};

/**
 * "Art. 12", "Article 12" and "ARTICLE 12." are one number; "Chapter 2" is not "Article 2".
 * Numbers the import does not recognise ("1", "(a)") are compared without spaces and punctuation.
 */
export const normalizeNumber = (number: string): string => {
  const marker = matchMarker(number);
  if (marker && marker.rest === '') return `${marker.kind}:${marker.keyPart}`;
  return number.normalize('NFC').toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '');
};

/** Greedy, best pair first; each provision is used at most once. Empty texts never match by similarity. */
const matchBySimilarity = (
  bags: { previous: readonly WordBag[]; next: readonly WordBag[] },
  pairs: ReadonlyMap<number, unknown>,
  taken: ReadonlySet<number>,
  threshold: number,
  pair: Pair,
): void => {
  const openPrevious = bags.previous.flatMap((bag, p) => (taken.has(p) || bag.size === 0 ? [] : [p]));
  const previousSizes = bags.previous.map(bagSize);
  const candidates: Array<{ n: number; p: number; similarity: number }> = [];
  bags.next.forEach((bag, n) => {
    if (pairs.has(n) || bag.size === 0) return;
    const size = bagSize(bag);
    for (const p of openPrevious) {
      if (!couldReach(size, previousSizes[p], threshold)) continue;
      const similarity = diceSimilarity(bags.previous[p], bag, previousSizes[p], size);
      if (similarity >= threshold) candidates.push({ n, p, similarity });
    }
  });
  candidates.sort((a, b) => b.similarity - a.similarity || a.n - b.n || a.p - b.p);
  const usedNext = new Set<number>();
  const usedPrevious = new Set<number>();
  for (const { n, p } of candidates) {
    if (usedNext.has(n) || usedPrevious.has(p)) continue;
    usedNext.add(n);
    usedPrevious.add(p);
    pair(n, p, 'SIMILARITY');
  }
};

/** Dice can reach the threshold only if the sizes are close: 2·min / (a + b) ≥ threshold. */
const couldReach = (a: number, b: number, threshold: number): boolean => (2 * Math.min(a, b)) / (a + b) >= threshold;

export interface ChangeSummary {
  added: number;
  removed: number;
  changed: number;
  unchanged: number;
}

/** Counts what a new version did; "changed" means matched with a different text once spacing is ignored. */
export const summarizeChanges = (
  matches: readonly ProvisionMatch[],
  previous: readonly MatchableProvision[],
  next: readonly MatchableProvision[],
): ChangeSummary => {
  const previousText = new Map(previous.map((p) => [p.id, normalizeText(p.text)]));
  const nextText = new Map(next.map((n) => [n.id, normalizeText(n.text)]));
  const summary: ChangeSummary = { added: 0, removed: 0, changed: 0, unchanged: 0 };
  for (const match of matches) {
    if (match.nextId === null) summary.removed += 1;
    else if (match.previousId === null) summary.added += 1;
    else if (previousText.get(match.previousId) === nextText.get(match.nextId)) summary.unchanged += 1;
    else summary.changed += 1;
  }
  return summary;
};
