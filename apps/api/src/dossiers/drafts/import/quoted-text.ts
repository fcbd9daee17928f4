/**
 * Text an amendment quotes (the section it inserts, the words it substitutes) is part of the amendment's own
 * text, one line each, marked with this prefix so that the reader can show it as quoted — the convention of a
 * Markdown blockquote, readable as is in exports.
 */
export const QUOTE_PREFIX = '> ';

export const isQuotedLine = (line: string): boolean => line.startsWith(QUOTE_PREFIX);

export const quoteLine = (line: string): string => `${QUOTE_PREFIX}${line}`;

/** Quoted text of an amendment opens with a quotation mark… */
export const OPENING_QUOTE = /^["“‘'«]/u;
/** …and ends with one, maybe before the amendment's own punctuation. */
export const CLOSING_QUOTE = /["”’'»][.;,]?$/u;
