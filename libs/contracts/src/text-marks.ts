/**
 * Inline structure of a provision's text that carries meaning (emphasis, a reference, a definition), kept beside
 * the plain text as ranges of it: the text itself (hashes, search, diffs, quotes) never holds markup, and a
 * reader draws only these few kinds, never HTML from the imported file.
 */
export const TEXT_MARK_KINDS = ['STRONG', 'EMPHASIS', 'UNDERLINE', 'SUPERSCRIPT', 'SUBSCRIPT', 'REFERENCE', 'DEFINITION', 'TERM'] as const;

export type TextMarkKind = (typeof TEXT_MARK_KINDS)[number];

export interface TextMark {
  kind: TextMarkKind;
  /** UTF-16 offsets in the provision's text, `end` excluded. */
  start: number;
  end: number;
  /** A REFERENCE to a provision of the same draft: that provision's key. */
  target?: string | null;
}
