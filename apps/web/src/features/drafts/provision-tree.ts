import type { DraftTextQuery } from '../../gql/graphql';

export type ProvisionItem = DraftTextQuery['draft']['provisions'][number];

/** Kinds that group provisions (a preamble holds its recitals) or stand apart as a block (the signatures); RECITAL, ARTICLE and PARAGRAPH are commented on in their text. */
export const CONTAINER_KINDS = new Set(['PART', 'TITLE', 'CHAPTER', 'SECTION', 'DIVISION', 'SCHEDULE', 'PREAMBLE', 'CONCLUSIONS']);

/** Above this many items, rows let the browser skip laying out what is off screen. */
export const WINDOWING_THRESHOLD = 200;

/** Comments on a provision and everything below it (an article counts its paragraphs'). */
export function totalCommentCounts(provisions: ProvisionItem[], counts: Map<string, number>): Map<string, number> {
  const totals = new Map<string, number>();
  const byId = new Map(provisions.map((p) => [p.id, p]));
  for (const provision of provisions) {
    const own = counts.get(provision.id) ?? provision.commentCount;
    let current: ProvisionItem | undefined = provision;
    while (current) {
      totals.set(current.id, (totals.get(current.id) ?? 0) + own);
      current = current.parentId ? byId.get(current.parentId) : undefined;
    }
  }
  return totals;
}

/** The quoted words with up to 32 characters of context either side (W3C TextQuoteSelector). */
export function textQuoteAt(text: string, start: number, end: number, context = 32) {
  return {
    exact: text.slice(start, end),
    prefix: text.slice(Math.max(0, start - context), start),
    suffix: text.slice(end, end + context),
  };
}
