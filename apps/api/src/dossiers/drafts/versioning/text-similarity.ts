/** Text comparisons shared by provision matching and change summaries. */

/** What counts as the same text: Unicode composed alike, spacing ignored; case and punctuation still count. */
export const normalizeText = (text: string): string => text.normalize('NFC').replace(/\s+/gu, ' ').trim();

export type WordBag = ReadonlyMap<string, number>;

/** Lower-cased words and numbers with their counts: word order and punctuation do not matter for similarity. */
export const wordBag = (text: string): WordBag => {
  const bag = new Map<string, number>();
  for (const word of text.normalize('NFC').toLowerCase().match(/[\p{L}\p{M}\p{N}]+/gu) ?? []) {
    bag.set(word, (bag.get(word) ?? 0) + 1);
  }
  return bag;
};

export const bagSize = (bag: WordBag): number => {
  let size = 0;
  for (const count of bag.values()) size += count;
  return size;
};

/** Dice coefficient over word bags: 1 for the same words, 0 for none in common. Two empty texts are alike. */
export const diceSimilarity = (a: WordBag, b: WordBag, sizeA = bagSize(a), sizeB = bagSize(b)): number => {
  const total = sizeA + sizeB;
  if (total === 0) return 1;
  const [small, large] = a.size <= b.size ? [a, b] : [b, a];
  let shared = 0;
  for (const [word, count] of small) shared += Math.min(count, large.get(word) ?? 0);
  return (2 * shared) / total;
};
