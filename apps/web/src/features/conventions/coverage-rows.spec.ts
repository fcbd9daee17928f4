import { compareArticles, coverageTotals, groupByArticle, hasGap, provisionReference, type CoverageLink, type CoverageProvision } from './coverage-rows';

const provision = (id: string, position: number, extra: Partial<CoverageProvision> = {}): CoverageProvision => ({
  __typename: 'Provision',
  id,
  kind: 'ARTICLE',
  number: `Article ${position}`,
  heading: null,
  parentId: null,
  position,
  ...extra,
});

const link = (id: string, provisionId: string, article: string, gapNote = '', needsReview = false): CoverageLink => ({
  __typename: 'ConventionLink',
  id,
  provisionId,
  conventionCode: 'C087',
  article,
  gapNote,
  needsReview,
});

describe('coverage rows', () => {
  it('orders convention articles as the convention numbers them', () => {
    expect(['10', '4(2)', '2 bis', '3', '4(1)', '2'].sort(compareArticles)).toEqual(['2', '2 bis', '3', '4(1)', '4(2)', '10']);
  });

  it('groups links by article, with the provisions in document order and the gaps counted', () => {
    const provisions = new Map([provision('a3', 3), provision('a5', 5), provision('a2', 2)].map((p) => [p.id, p]));
    const rows = groupByArticle(
      [link('l1', 'a5', '3', 'Only within working hours'), link('l2', 'a2', '10'), link('l3', 'a3', '3'), link('l4', 'a2', '3', 'Federations missing')],
      provisions,
    );
    expect(rows.map((row) => ({ article: row.article, by: row.addressedBy.map((entry) => entry.provision?.id), gaps: row.gaps }))).toEqual([
      { article: '3', by: ['a2', 'a3', 'a5'], gaps: 2 },
      { article: '10', by: ['a2'], gaps: 0 },
    ]);
    expect(coverageTotals(rows)).toEqual({ articles: 2, provisions: 3, gaps: 2, toReview: 0 });
  });

  it('counts the links to review, per article and in all', () => {
    const provisions = new Map([provision('a2', 2), provision('a3', 3)].map((p) => [p.id, p]));
    const rows = groupByArticle([link('l1', 'a2', '3', 'Federations missing', true), link('l2', 'a3', '3', '', true), link('l3', 'a3', '4')], provisions);
    expect(rows.map((row) => ({ article: row.article, gaps: row.gaps, toReview: row.toReview }))).toEqual([
      { article: '3', gaps: 1, toReview: 2 },
      { article: '4', gaps: 0, toReview: 0 },
    ]);
    expect(coverageTotals(rows).toReview).toBe(2);
  });

  it('keeps a link whose provision is unknown, last', () => {
    const rows = groupByArticle([link('l1', 'gone', '2'), link('l2', 'a1', '2')], new Map([['a1', provision('a1', 1)]]));
    expect(rows[0].addressedBy.map((entry) => entry.provision?.id ?? null)).toEqual(['a1', null]);
  });

  it('counts a note of blanks as no gap', () => {
    expect(hasGap({ gapNote: '  \n' })).toBe(false);
    expect(hasGap({ gapNote: 'Too long' })).toBe(true);
  });

  it("names an article by number and heading, and a paragraph by its article's number and heading", () => {
    const article = provision('a3', 3, { heading: 'Right to organise' });
    const paragraph = provision('p1', 4, { kind: 'PARAGRAPH', number: '1.', parentId: 'a3' });
    const all = new Map([article, paragraph].map((p) => [p.id, p]));
    const names = { kind: (kind: string) => kind.toLowerCase() };
    expect(provisionReference(article, all, names)).toBe('Article 3 — Right to organise');
    expect(provisionReference(paragraph, all, names)).toBe('Article 3(1) — Right to organise');
    expect(provisionReference(provision('x', 9, { number: null }), all, names)).toBe('article');
  });
});
