import type { Constituency } from '@tripart/contracts';
import type { DelegationSuggestionsQuery, WordingSuggestionFieldsFragment } from '../../gql/graphql';

type DraftProvision = Pick<DelegationSuggestionsQuery['draft']['provisions'][number], 'id' | 'kind' | 'parentId'> & {
  comments: ReadonlyArray<WordingSuggestionFieldsFragment & { replies: readonly WordingSuggestionFieldsFragment[] }>;
};

/** A wording suggested in my delegation's comments on one article, once however many comments suggest it. */
export interface WordingSuggestion {
  /** The first comment that suggested it. */
  commentId: string;
  text: string;
  /** The words of the draft it replaces, when the comment quotes them. */
  quote: { exact: string; prefix: string; suffix: string } | null;
  /** Who suggested it, first suggester first. */
  authors: string[];
}

/** Two wordings are the same when they differ only in spacing, line breaks or letter case. */
export function normalizeWording(text: string): string {
  return text.normalize('NFC').replace(/\s+/g, ' ').trim().toLowerCase();
}

/** Is this suggestion already in the wording (anywhere, once or more)? */
export function isInWording(suggestion: Pick<WordingSuggestion, 'text'>, wording: string): boolean {
  return normalizeWording(wording).includes(normalizeWording(suggestion.text));
}

/** The suggestions not yet in the wording, in the order they were made. */
export function pendingSuggestions<S extends Pick<WordingSuggestion, 'text'>>(suggestions: readonly S[], wording: string): S[] {
  return suggestions.filter((suggestion) => !isInWording(suggestion, wording));
}

/** The article a provision belongs to: itself, or its nearest ARTICLE ancestor (a paragraph's article). */
function articleOf(provisionId: string, byId: ReadonlyMap<string, Pick<DraftProvision, 'id' | 'kind' | 'parentId'>>): string | null {
  const seen = new Set<string>();
  for (let current = byId.get(provisionId); current && !seen.has(current.id); current = current.parentId ? byId.get(current.parentId) : undefined) {
    if (current.kind === 'ARTICLE') return current.id;
    seen.add(current.id);
  }
  return null;
}

/**
 * Wordings suggested by my side's members in the comments I can see on the
 * draft (threads and replies, private or plenary, not deleted), per article
 * of the position paper: a paragraph's suggestions go to its article. The
 * same words suggested twice count once, with both suggesters named.
 */
export function delegationSuggestions(provisions: readonly DraftProvision[], side: Constituency): Map<string, WordingSuggestion[]> {
  const byId = new Map(provisions.map((provision) => [provision.id, provision]));
  const comments = provisions
    .flatMap((provision) => provision.comments.flatMap((thread) => [thread, ...thread.replies]))
    .sort((a, b) => a.createdAt.localeCompare(b.createdAt) || a.id.localeCompare(b.id));
  const byArticle = new Map<string, WordingSuggestion[]>();
  for (const comment of comments) {
    const text = comment.suggestedText?.trim();
    if (!text || comment.deletedAt || comment.author.constituency !== side) continue;
    const articleId = articleOf(comment.provisionId, byId);
    if (!articleId) continue;
    const list = byArticle.get(articleId) ?? [];
    const same = list.find((suggestion) => normalizeWording(suggestion.text) === normalizeWording(text));
    if (same) {
      if (!same.authors.includes(comment.author.displayName)) same.authors.push(comment.author.displayName);
      continue;
    }
    const quote = comment.quote ? { exact: comment.quote.exact, prefix: comment.quote.prefix, suffix: comment.quote.suffix } : null;
    list.push({ commentId: comment.id, text, quote, authors: [comment.author.displayName] });
    byArticle.set(articleId, list);
  }
  return byArticle;
}
