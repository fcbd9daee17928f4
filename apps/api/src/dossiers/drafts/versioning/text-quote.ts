/**
 * W3C Web Annotation TextQuoteSelector (https://www.w3.org/TR/annotation-model/#text-quote-selector):
 * a comment quotes the words it is about with a little context either side, and is found again in a
 * provision's text by those words rather than by offsets, which any edit would shift.
 */

export interface TextQuoteSelector {
  exact: string;
  prefix: string;
  suffix: string;
}

export interface TextRange {
  start: number;
  end: number;
}

export const DEFAULT_QUOTE_CONTEXT = 32;

/** The selector for text[start, end), with up to `context` characters of prefix and suffix. */
export const quoteSelectorFor = (text: string, start: number, end: number, context = DEFAULT_QUOTE_CONTEXT): TextQuoteSelector => {
  if (!Number.isInteger(start) || !Number.isInteger(end) || start < 0 || end < start || end > text.length) {
    throw new RangeError(`Cannot quote characters ${start} to ${end} of a text of ${text.length} characters.`);
  }
  return {
    exact: text.slice(start, end),
    prefix: text.slice(avoidSplitPair(text, Math.max(0, start - context)), start),
    suffix: text.slice(end, avoidSplitPair(text, Math.min(text.length, end + context))),
  };
};

/** Never cut an emoji or other astral character in half at the edge of the context. */
const avoidSplitPair = (text: string, at: number): number => {
  const code = text.charCodeAt(at);
  return at > 0 && at < text.length && code >= 0xdc00 && code <= 0xdfff ? at + 1 : at;
};

/**
 * Where the quote is in `text` now: the occurrence of `exact` whose surroundings best match the prefix and
 * suffix, the first on a tie; null when `exact` no longer occurs, and the comment stays on the earlier version.
 */
export const findQuote = (text: string, selector: TextQuoteSelector): TextRange | null => {
  const { exact, prefix, suffix } = selector;
  if (exact === '') return null;
  let best: TextRange | null = null;
  let bestScore = -1;
  for (let start = text.indexOf(exact); start !== -1; start = text.indexOf(exact, start + 1)) {
    const end = start + exact.length;
    const score = commonSuffixLength(text, start, prefix) + commonPrefixLength(text, end, suffix);
    if (score > bestScore) {
      best = { start, end };
      bestScore = score;
      if (score === prefix.length + suffix.length) break;
    }
  }
  return best;
};

/** How many characters just before `at` in `text` agree with the end of `prefix`. */
const commonSuffixLength = (text: string, at: number, prefix: string): number => {
  let n = 0;
  while (n < prefix.length && n < at && text[at - 1 - n] === prefix[prefix.length - 1 - n]) n += 1;
  return n;
};

/** How many characters from `at` in `text` agree with the start of `suffix`. */
const commonPrefixLength = (text: string, at: number, suffix: string): number => {
  let n = 0;
  while (n < suffix.length && at + n < text.length && text[at + n] === suffix[n]) n += 1;
  return n;
};
