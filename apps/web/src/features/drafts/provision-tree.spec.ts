import { textQuoteAt, totalCommentCounts, type ProvisionItem } from './provision-tree';

const provision = (id: string, parentId: string | null, commentCount: number) =>
  ({ id, parentId, commentCount }) as unknown as ProvisionItem;

describe('provision tree helpers', () => {
  it('adds the comments of paragraphs to their article and chapter', () => {
    const totals = totalCommentCounts(
      [provision('ch', null, 0), provision('art', 'ch', 1), provision('p1', 'art', 2), provision('p2', 'art', 0)],
      new Map(),
    );
    expect([totals.get('ch'), totals.get('art'), totals.get('p1')]).toEqual([3, 3, 2]);
  });

  it('prefers fresher counts over the ones loaded with the text', () => {
    const totals = totalCommentCounts([provision('art', null, 1)], new Map([['art', 4]]));
    expect(totals.get('art')).toBe(4);
  });

  it('quotes a passage with its context', () => {
    expect(textQuoteAt('Every worker has a right to rest.', 6, 12, 5)).toEqual({ exact: 'worker', prefix: 'very ', suffix: ' has ' });
  });
});
