import { type MatchableProvision, matchProvisions, normalizeNumber, summarizeChanges } from './provision-matcher';

const provision = (id: string, key: string, number: string | null, text: string): MatchableProvision => ({ id, key, number, text });

const WAGES = 'The employer shall pay wages at regular intervals not exceeding one month.';
const LEAVE = 'Every worker is entitled to paid annual leave of at least three working weeks.';
const UNIONS = 'Workers and employers have the right to establish and join organisations of their own choosing.';

describe('matchProvisions', () => {
  it('matches provisions with the same key first', () => {
    const [match] = matchProvisions([provision('p1', 'art_1', 'Art. 1', WAGES)], [provision('n1', 'art_1', 'Article 9', LEAVE)]);
    expect(match).toEqual({ nextId: 'n1', previousId: 'p1', how: 'KEY', similarity: expect.any(Number) });
  });

  it('gives identical texts a similarity of 1', () => {
    const [match] = matchProvisions([provision('p1', 'art_1', null, WAGES)], [provision('n1', 'art_1', null, WAGES)]);
    expect(match.similarity).toBe(1);
  });

  it('matches by number written differently when keys differ', () => {
    const [match] = matchProvisions([provision('p1', 'x1', 'Art. 12', WAGES)], [provision('n1', 'y1', 'Article 12.', LEAVE)]);
    expect([match.previousId, match.how]).toEqual(['p1', 'NUMBER']);
  });

  it('does not match a chapter and an article that share a number', () => {
    const matches = matchProvisions([provision('p1', 'x', 'Chapter 2', '')], [provision('n1', 'y', 'Article 2', '')]);
    expect(matches.map((m) => [m.nextId, m.previousId])).toEqual([
      ['n1', null],
      [null, 'p1'],
    ]);
  });

  it('does not match by a number that several provisions share', () => {
    const matches = matchProvisions(
      [provision('p1', 'a/1', '1', 'Alpha beta.'), provision('p2', 'b/1', '1', 'Gamma delta.')],
      [provision('n1', 'c/1', '1', 'Epsilon zeta.')],
    );
    expect(matches[0].previousId).toBeNull();
  });

  it('matches a renumbered, lightly edited provision by its text', () => {
    const [match] = matchProvisions(
      [provision('p1', 'art_4', 'Article 4', WAGES), provision('p2', 'art_5', 'Article 5', LEAVE)],
      [provision('n1', 'art_7', 'Article 7', LEAVE.replace('three', 'four'))],
    );
    expect([match.previousId, match.how]).toEqual(['p2', 'SIMILARITY']);
    expect(match.similarity).toBeGreaterThan(0.9);
  });

  it('leaves a provision unmatched when no text is similar enough', () => {
    const matches = matchProvisions([provision('p1', 'art_4', 'Article 4', WAGES)], [provision('n1', 'art_7', 'Article 7', UNIONS)]);
    expect(matches).toEqual([
      { nextId: 'n1', previousId: null, how: null, similarity: 0 },
      { nextId: null, previousId: 'p1', how: null, similarity: 0 },
    ]);
  });

  it('gives the closest pair priority when two provisions compete for one', () => {
    const previous = [provision('p1', 'a', null, LEAVE), provision('p2', 'b', null, `${LEAVE} It may be split.`)];
    const next = [provision('n1', 'c', null, `${LEAVE} It may be split in two.`), provision('n2', 'd', null, LEAVE.replace('least', 'most'))];
    const matches = matchProvisions(previous, next);
    expect(matches.map((m) => [m.nextId, m.previousId])).toEqual([
      ['n1', 'p2'],
      ['n2', 'p1'],
    ]);
  });

  it('uses each previous provision at most once', () => {
    const matches = matchProvisions([provision('p1', 'art_1', null, WAGES)], [provision('n1', 'art_1', null, WAGES), provision('n2', 'art_2', null, WAGES)]);
    expect(matches.map((m) => m.previousId)).toEqual(['p1', null]);
  });

  it('never matches empty texts by similarity', () => {
    const matches = matchProvisions([provision('p1', 'chp_1', null, '')], [provision('n1', 'chp_9', null, '')]);
    expect(matches[0].previousId).toBeNull();
  });

  it('lists removed provisions after the next ones, in their order', () => {
    const matches = matchProvisions(
      [provision('p1', 'a', null, WAGES), provision('p2', 'b', null, LEAVE), provision('p3', 'c', null, UNIONS)],
      [provision('n1', 'b', null, LEAVE)],
    );
    expect(matches.slice(1).map((m) => [m.nextId, m.previousId])).toEqual([
      [null, 'p1'],
      [null, 'p3'],
    ]);
  });
});

describe('normalizeNumber', () => {
  it('treats article numbers alike whatever the word', () => {
    expect(['Art. 7 ter', 'Article 7ter', 'ARTICLE 7 TER'].map(normalizeNumber)).toEqual(['ARTICLE:7ter', 'ARTICLE:7ter', 'ARTICLE:7ter']);
  });

  it('keeps other numbers without punctuation', () => {
    expect(['(1)', '1.', '1. Kapitel'].map(normalizeNumber)).toEqual(['1', '1', '1kapitel']);
  });
});

describe('summarizeChanges', () => {
  it('counts added, removed, changed and unchanged provisions', () => {
    const previous = [provision('p1', 'a', null, WAGES), provision('p2', 'b', null, LEAVE), provision('p3', 'c', null, 'Repealed soon.')];
    const next = [provision('n1', 'a', null, WAGES), provision('n2', 'b', null, LEAVE.replace('three', 'four')), provision('n3', 'd', null, UNIONS)];
    expect(summarizeChanges(matchProvisions(previous, next), previous, next)).toEqual({ added: 1, removed: 1, changed: 1, unchanged: 1 });
  });

  it('does not count a change of spacing as a change', () => {
    const previous = [provision('p1', 'a', null, 'Paid  leave.\n')];
    const next = [provision('n1', 'a', null, 'Paid leave.')];
    expect(summarizeChanges(matchProvisions(previous, next), previous, next)).toMatchObject({ changed: 0, unchanged: 1 });
  });
});
