import type { Node as ProseMirrorNode } from '@tiptap/pm/model';
import type { Transaction } from '@tiptap/pm/state';
import { isInWording, type WordingSuggestion } from './wording-suggestions';

export interface PullResult {
  /** Put where the words they quote stood. */
  inPlace: WordingSuggestion[];
  /** Added as paragraphs at the end: their quote is not (or no longer) in the wording. */
  appended: WordingSuggestion[];
  /** The wording was empty: it now starts from the draft text, so the suggestions replace words in it. */
  fromDraft: boolean;
}

/** The document's text, blocks separated by line breaks, with each character's position in the document (-1: none). */
export function textWithPositions(doc: ProseMirrorNode): { text: string; positions: number[] } {
  let text = '';
  const positions: number[] = [];
  const separate = () => {
    text += '\n';
    positions.push(-1);
  };
  doc.descendants((node, pos) => {
    if (!node.isTextblock) return true;
    if (positions.length > 0) separate();
    node.forEach((child, offset) => {
      if (!child.isText || !child.text) return separate();
      text += child.text;
      for (let i = 0; i < child.text.length; i += 1) positions.push(pos + 1 + offset + i);
    });
    return false;
  });
  return { text, positions };
}

const commonSuffix = (a: string, b: string) => {
  let n = 0;
  while (n < a.length && n < b.length && a[a.length - 1 - n] === b[b.length - 1 - n]) n += 1;
  return n;
};
const commonPrefix = (a: string, b: string) => {
  let n = 0;
  while (n < a.length && n < b.length && a[n] === b[n]) n += 1;
  return n;
};

/** Where a quoted passage stands in a text: the occurrence its prefix and suffix fit best, or -1. */
export function locateQuote(text: string, quote: { exact: string; prefix: string; suffix: string }): number {
  if (!quote.exact) return -1;
  let best = -1;
  let bestScore = -1;
  for (let at = text.indexOf(quote.exact); at >= 0; at = text.indexOf(quote.exact, at + 1)) {
    const score = commonSuffix(text.slice(0, at), quote.prefix) + commonPrefix(text.slice(at + quote.exact.length), quote.suffix);
    if (score > bestScore) {
      best = at;
      bestScore = score;
    }
  }
  return best;
}

function paragraphs(doc: ProseMirrorNode, text: string): ProseMirrorNode[] {
  const { schema } = doc.type;
  return text
    .split(/\n+/)
    .map((line) => line.trim())
    .filter(Boolean)
    .map((line) => schema.nodes.paragraph.create(null, schema.text(line)));
}

const isEmpty = (doc: ProseMirrorNode) => doc.textContent.trim() === '' && doc.childCount <= 1;

/** Replaces the quoted words with the suggestion, if they are in the document as one run of text. */
function replaceQuote(tr: Transaction, suggestion: WordingSuggestion): boolean {
  if (!suggestion.quote) return false;
  const { text, positions } = textWithPositions(tr.doc);
  const at = locateQuote(text, suggestion.quote);
  if (at < 0) return false;
  const from = positions[at];
  const last = positions[at + suggestion.quote.exact.length - 1];
  if (from < 0 || last < 0 || last - from !== suggestion.quote.exact.length - 1) return false;
  tr.insertText(suggestion.text.replace(/\s*\n\s*/g, ' '), from, last + 1);
  return true;
}

/**
 * Pulls my delegation's suggestions into the proposed wording, in one
 * transaction of the editor (so that every co-author sees it at once), each
 * suggestion once: one already in the wording is left alone. A suggestion
 * takes the place of the words it quotes where they are in the wording; an
 * empty wording first takes the draft's text, so that the suggestions amend
 * it; what cannot be placed is added at the end as paragraphs of its own.
 */
export function pullSuggestions(tr: Transaction, suggestions: readonly WordingSuggestion[], draftText: string): PullResult {
  const result: PullResult = { inPlace: [], appended: [], fromDraft: false };
  const wordingNow = () => textWithPositions(tr.doc).text;
  const pending = suggestions.filter((suggestion) => !isInWording(suggestion, wordingNow()));
  if (pending.length === 0) return result;

  const amendsDraft = pending.some((suggestion) => suggestion.quote && locateQuote(draftText, suggestion.quote) >= 0);
  if (isEmpty(tr.doc) && amendsDraft) {
    tr.replaceWith(0, tr.doc.content.size, paragraphs(tr.doc, draftText));
    result.fromDraft = true;
  }
  for (const suggestion of pending) {
    // Two suggestions may come to the same words once placed: each ends up in the wording once.
    if (isInWording(suggestion, wordingNow())) continue;
    if (replaceQuote(tr, suggestion)) result.inPlace.push(suggestion);
    else result.appended.push(suggestion);
  }
  if (result.appended.length > 0) {
    const added = result.appended.flatMap((suggestion) => paragraphs(tr.doc, suggestion.text));
    if (isEmpty(tr.doc)) tr.replaceWith(0, tr.doc.content.size, added);
    else tr.insert(tr.doc.content.size, added);
  }
  return result;
}
