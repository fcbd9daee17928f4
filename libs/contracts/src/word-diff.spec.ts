import { type DiffPart, tokenize, wordDiff } from './word-diff';

const side = (parts: DiffPart[], keep: 'delete' | 'insert') =>
  parts
    .filter((part) => part.op === 'equal' || part.op === keep)
    .map((part) => part.text)
    .join('');

/** A seeded generator, so that the "random" cases are the same on every run. */
const random = (seed: number) => () => {
  seed = (seed * 1103515245 + 12345) >>> 0;
  return seed / 2 ** 32;
};

const VOCABULARY = ['the', 'worker', 'employer', 'shall', 'pay', 'wages', ',', '.', ';', ' ', ' ', ' ', '\n', 'salarié', 'día', '(a)', 'l’État'];

const randomText = (next: () => number, length: number) =>
  Array.from({ length }, () => VOCABULARY[Math.floor(next() * VOCABULARY.length)]).join('');

const words = (count: number, next: () => number) =>
  Array.from({ length: count }, () => `w${Math.floor(next() * 500)}`);

describe('tokenize', () => {
  it('splits words, whitespace and punctuation and loses nothing', () => {
    const text = 'L’employeur paie, chaque mois,  le salaire (art. 3bis).';
    expect(tokenize(text)).toEqual(['L’employeur', ' ', 'paie', ',', ' ', 'chaque', ' ', 'mois', ',', '  ', 'le', ' ', 'salaire', ' ', '(', 'art', '.', ' ', '3bis', ')', '.']);
  });
});

describe('wordDiff', () => {
  it('returns one equal part for identical texts', () => {
    expect(wordDiff('Same text.', 'Same text.')).toEqual([{ op: 'equal', text: 'Same text.' }]);
  });

  it('returns nothing for two empty texts', () => {
    expect(wordDiff('', '')).toEqual([]);
  });

  it('returns one insertion for a new text', () => {
    expect(wordDiff('', 'New text.')).toEqual([{ op: 'insert', text: 'New text.' }]);
  });

  it('returns one deletion for a deleted text', () => {
    expect(wordDiff('Old text.', '')).toEqual([{ op: 'delete', text: 'Old text.' }]);
  });

  it('shows a replaced word as a deletion then an insertion', () => {
    expect(wordDiff('The employer shall pay wages.', 'The employer must pay wages.')).toEqual([
      { op: 'equal', text: 'The employer ' },
      { op: 'delete', text: 'shall' },
      { op: 'insert', text: 'must' },
      { op: 'equal', text: ' pay wages.' },
    ]);
  });

  it('diffs punctuation on its own', () => {
    expect(wordDiff('paid monthly.', 'paid monthly;')).toEqual([
      { op: 'equal', text: 'paid monthly' },
      { op: 'delete', text: '.' },
      { op: 'insert', text: ';' },
    ]);
  });

  it('shows a replaced phrase as one change rather than word by word', () => {
    expect(wordDiff('the big cat', 'a small cat')).toEqual([
      { op: 'delete', text: 'the big' },
      { op: 'insert', text: 'a small' },
      { op: 'equal', text: ' cat' },
    ]);
  });

  it('keeps accented words whole', () => {
    expect(wordDiff('Le salarié reçoit', 'La salariée reçoit')).toEqual([
      { op: 'delete', text: 'Le salarié' },
      { op: 'insert', text: 'La salariée' },
      { op: 'equal', text: ' reçoit' },
    ]);
  });

  it('never leaves two neighbouring parts with the same op', () => {
    const next = random(7);
    for (let i = 0; i < 100; i += 1) {
      const parts = wordDiff(randomText(next, 30), randomText(next, 30));
      expect(parts.every((part, j) => j === 0 || parts[j - 1].op !== part.op)).toBe(true);
    }
  });

  it('rebuilds both texts from its parts (300 seeded random cases)', () => {
    const next = random(42);
    for (let i = 0; i < 300; i += 1) {
      const before = randomText(next, Math.floor(next() * 60));
      const after = next() < 0.5 ? randomText(next, Math.floor(next() * 60)) : before.replace(/worker/gu, 'person');
      const parts = wordDiff(before, after);
      expect([side(parts, 'delete'), side(parts, 'insert')]).toEqual([before, after]);
    }
  });

  it('finds a small edit in a 5,000-word provision', () => {
    const original = words(5000, random(1));
    const edited = [...original];
    edited.splice(2500, 1, 'changed');
    edited.splice(100, 0, 'inserted');
    const parts = wordDiff(original.join(' '), edited.join(' '));
    expect(parts.filter((part) => part.op !== 'equal').map((part) => part.text)).toEqual(['inserted ', original[2500], 'changed']);
  });

  it('gets through two unrelated 5,000-word provisions', () => {
    const before = words(5000, random(2)).join(' ');
    const after = words(5000, random(3)).join(' ');
    const parts = wordDiff(before, after);
    expect([side(parts, 'delete'), side(parts, 'insert')]).toEqual([before, after]);
  });
});
