import { provisionName } from '@tripart/contracts';
import type { ConventionLinkFieldsFragment, DossierCoverageQuery } from '../../gql/graphql';

export type CoverageProvision = NonNullable<DossierCoverageQuery['dossier']['currentDraft']>['provisions'][number];
export type CoverageLink = ConventionLinkFieldsFragment;

/** One provision addressing a convention article, with what it lacks (empty gap note: it complies). */
export interface AddressingProvision {
  link: CoverageLink;
  provision: CoverageProvision | null;
}

/** One article of a convention and every provision of the current draft that addresses it. */
export interface ArticleCoverage {
  article: string;
  addressedBy: AddressingProvision[];
  gaps: number;
  /** Links carried to a provision that changed since they were assessed. */
  toReview: number;
}

const articleOrder = new Intl.Collator('en', { numeric: true, sensitivity: 'base' });

/** Convention articles in their own order: 2 < 2 bis < 3 < 4(1) < 4(2) < 10. */
export function compareArticles(a: string, b: string): number {
  return articleOrder.compare(a, b);
}

export const hasGap = (link: Pick<CoverageLink, 'gapNote'>): boolean => link.gapNote.trim() !== '';

/** Links grouped by convention article, articles in order, provisions in document order. */
export function groupByArticle(links: readonly CoverageLink[], provisions: ReadonlyMap<string, CoverageProvision>): ArticleCoverage[] {
  const byArticle = new Map<string, AddressingProvision[]>();
  for (const link of links) {
    const group = byArticle.get(link.article) ?? [];
    group.push({ link, provision: provisions.get(link.provisionId) ?? null });
    byArticle.set(link.article, group);
  }
  const position = (entry: AddressingProvision) => entry.provision?.position ?? Number.MAX_SAFE_INTEGER;
  return [...byArticle.entries()]
    .sort(([a], [b]) => compareArticles(a, b))
    .map(([article, addressedBy]) => ({
      article,
      addressedBy: addressedBy.sort((a, b) => position(a) - position(b)),
      gaps: addressedBy.filter((entry) => hasGap(entry.link)).length,
      toReview: addressedBy.filter((entry) => entry.link.needsReview).length,
    }));
}

/** What a convention's table adds up to: articles addressed, provisions that address them, gaps noted, links to review. */
export function coverageTotals(rows: readonly ArticleCoverage[]): { articles: number; provisions: number; gaps: number; toReview: number } {
  const provisions = new Set(rows.flatMap((row) => row.addressedBy.map((entry) => entry.link.provisionId)));
  const sum = (count: (row: ArticleCoverage) => number) => rows.reduce((total, row) => total + count(row), 0);
  return { articles: rows.length, provisions: provisions.size, gaps: sum((row) => row.gaps), toReview: sum((row) => row.toReview) };
}

/**
 * How a provision is named where it stands alone: "Article 3 — Right to organise", or, for a
 * paragraph, with its article's number and heading ("Article 3(1) — Right to organise").
 */
export function provisionReference(
  provision: Pick<CoverageProvision, 'kind' | 'number' | 'heading' | 'parentId'>,
  provisions: ReadonlyMap<string, Pick<CoverageProvision, 'kind' | 'number' | 'heading' | 'parentId'>>,
  names: { kind(kind: string): string },
): string {
  const unit = provision.parentId ? provisions.get(provision.parentId) : undefined;
  return provisionName(provision, unit, names.kind);
}
