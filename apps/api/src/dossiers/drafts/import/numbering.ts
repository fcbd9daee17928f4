import type { ContainerKind } from './parsed-draft';

/**
 * How drafts number their provisions, in English, French and Spanish, in the civil-law style ("Article 1",
 * chapters and sections of articles) and the common-law one ("Section 1", "s. 1", "Rule 1", "1. Short title",
 * "1.—(1)", parts, divisions and schedules).
 * Everything here works on one line of text and knows nothing of the document around it.
 */

export type MarkerKind = ContainerKind | 'ARTICLE';

export interface Marker {
  kind: MarkerKind;
  /** As written, without the trailing separator: "Article premier", "Chapitre II", "Artículo 3 bis". */
  number: string;
  /** Normalised for keys: "1", "3bis", "2". */
  keyPart: string;
  /** Whatever follows the number and its separator on the same line. */
  rest: string;
  /** For a unit that is not an article ("Rule 3", "Clause 4", a bare "5."): the prefix of its key. */
  unit?: 'sec' | 'rule' | 'reg' | 'cl';
}

export type ParagraphStyle = 'dot' | 'half' | 'paren' | 'letter' | 'halfletter';

export interface ParagraphMarker {
  style: ParagraphStyle;
  /** As written: "1.", "(1)", "1)", "(a)". */
  number: string;
  keyPart: string;
  rest: string;
}

const CONTAINER_WORDS: ReadonlyArray<readonly [ContainerKind, string]> = [
  ['PART', 'part|partie|parte'],
  ['TITLE', 'title|titre|t[ií]tulo'],
  ['CHAPTER', 'chapter|chapitre|cap[ií]tulo'],
  ['SECTION', 'section|secci[oó]n|sec\\.|s\\.'],
  ['DIVISION', 'division|divisi[oó]n'],
];

export const CONTAINER_KEY_PREFIX: Readonly<Record<ContainerKind, string>> = {
  PART: 'part',
  TITLE: 'title',
  CHAPTER: 'chp',
  SECTION: 'sec',
  DIVISION: 'div',
  SCHEDULE: 'sched',
  PREAMBLE: 'preamble',
  CONCLUSIONS: 'conclusions',
};

/** Containers nest in this order whatever the language calls them. */
export const CONTAINER_RANK: Readonly<Record<ContainerKind, number>> = { PREAMBLE: 0, CONCLUSIONS: 0, SCHEDULE: 0, PART: 0, TITLE: 1, CHAPTER: 2, SECTION: 3, DIVISION: 3 };

const LATIN_SUFFIX = 'bis|ter|quater|quinquies|sexies|septies|octies|nonies|novies|decies';
const FIRST_WORDS = 'premier|premi[eè]re|primer[oa]|first|one';
const UNIQUE_WORDS = 'unique|[uú]nic[oa]|sole';
const PRELIMINARY_WORDS = 'preliminary|preliminar|pr[eé]liminaire';
// A trailing "er", "º" or "°" is an ordinal mark, not part of the number ("1er", "5.º").
const ORDINAL = `(?:\\s?\\.?\\s?[º°ª]|(?:er|re|ère)(?![\\p{L}]))?`;
const SUFFIX = `(?:(?:[\\s-]?(?:${LATIN_SUFFIX}))|[a-z])?(?![\\p{L}\\d])`;
const SEPARATOR = '\\s*(?:(?:[.:\\-–—]\\s*)+|\\s+|$)';

const CONTAINER_NUMBER = `(?:\\d+|[IVXLCDM]+|${FIRST_WORDS}|${UNIQUE_WORDS}|${PRELIMINARY_WORDS}|[A-Z])${ORDINAL}${SUFFIX}`;
const ARTICLE_NUMBER = `(?:(?:[LRD]\\.?\\s?)?\\d+(?:[-.]\\d+)*|${FIRST_WORDS}|${UNIQUE_WORDS})${ORDINAL}${SUFFIX}`;
const ARTICLE_WORD = '(?:article|art[ií]culo)\\s+|art\\.\\s*|art\\s+';

const containerPatterns = CONTAINER_WORDS.map(
  ([kind, words]) =>
    [kind, new RegExp(`^((?:${words})\\s+(${CONTAINER_NUMBER}))(${SEPARATOR})(.*)$`, 'iu')] as const,
);
const articlePattern = new RegExp(`^((?:${ARTICLE_WORD})(${ARTICLE_NUMBER}))(${SEPARATOR})(.*)$`, 'iu');

/** Units that are never containers, keyed by their own prefix. */
const UNIT_WORDS: ReadonlyArray<readonly [NonNullable<Marker['unit']>, string]> = [
  ['rule', 'rule|regla|r[eè]gle'],
  ['reg', 'regulation|reg\\.'],
  ['cl', 'clause|cl\\.'],
];
const unitPatterns = UNIT_WORDS.map(
  ([unit, words]) => [unit, new RegExp(`^((?:${words})\\s*(${ARTICLE_NUMBER}))(${SEPARATOR})(.*)$`, 'iu')] as const,
);

/** "Schedule", "First Schedule", "Schedule 2", "Annex I", "Anexo": the annexes of a draft, often its amendments. */
const ORDINAL_WORDS = 'first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth';
const schedulePattern = new RegExp(
  `^((?:(${ORDINAL_WORDS})\\s+)?(?:schedule|annex|annexe|anexo)(?:\\s+(${CONTAINER_NUMBER}))?)(${SEPARATOR})(.*)$`,
  'iu',
);

/**
 * Recognises "Chapter 3", "Art. 7 ter: Heading", "Artículo 5.º", alone on their line or followed by a heading.
 * Without a separator a heading may follow only when the line is known to be a heading (Word or Markdown style),
 * so that a body line starting "Article 5 shall apply" is not mistaken for a new article.
 */
export const matchMarker = (line: string, options: { bareHeadingAllowed?: boolean } = {}): Marker | null => {
  // Every marker word starts with one of these letters; most lines of a draft can be passed over at once.
  if (!/^\s*[ptcsadrfen]/iu.test(line)) return null;
  const text = line.normalize('NFC').trim();
  for (const [kind, pattern] of containerPatterns) {
    const marker = toMarker(kind, pattern.exec(text), options);
    if (marker) return marker;
  }
  const schedule = scheduleMarker(text, options);
  if (schedule) return schedule;
  for (const [unit, pattern] of unitPatterns) {
    const marker = toMarker('ARTICLE', pattern.exec(text), options);
    if (marker) return { ...marker, unit };
  }
  return toMarker('ARTICLE', articlePattern.exec(text), options);
};

const scheduleMarker = (text: string, options: { bareHeadingAllowed?: boolean }): Marker | null => {
  const match = schedulePattern.exec(text);
  if (!match) return null;
  const [, number, ordinal, raw, separator, rest] = match;
  if (!/[.:\-–—]/u.test(separator) && rest !== '' && !options.bareHeadingAllowed && !looksLikeTitle(rest)) return null;
  const keyPart = raw ? containerKeyPart(raw) : ordinal ? String(ORDINAL_WORDS.split('|').indexOf(ordinal.toLowerCase()) + 1) : '1';
  return { kind: 'SCHEDULE', number: number.trim(), keyPart, rest: rest.trim() };
};

/**
 * A section numbered by its figure alone, as common-law drafts write it: "1. Short title", "12A. Offences",
 * "1.—(1) These Regulations…". Only read as a unit where the draft numbers no unit with a word.
 */
export const matchBareUnit = (line: string): Marker | null => {
  const match = /^(\d{1,4}[A-Z]{0,2})\.(?:\s*[-–—]+\s*|\s+)(.*)$/u.exec(line.trim());
  if (!match) return null;
  const [, number, rest] = match;
  // A list item inside a section ("1. pay wages;") starts in lower case; a section's text or heading does not.
  if (rest !== '' && !/^[\p{Lu}\d(“"‘'[]/u.test(rest)) return null;
  return { kind: 'ARTICLE', number, keyPart: compactKeyPart(number), rest: rest.trim(), unit: 'sec' };
};

const MONTHS =
  'january|february|march|april|may|june|july|august|september|october|november|december|' +
  'janvier|février|fevrier|mars|avril|mai|juin|juillet|août|aout|septembre|octobre|novembre|décembre|decembre|' +
  'enero|febrero|marzo|abril|mayo|junio|julio|agosto|septiembre|setiembre|octubre|noviembre|diciembre';
const DATE = new RegExp(`^(?:${MONTHS})(?![\\p{L}])`, 'iu');

/**
 * A section numbered by its figure alone and no dot, as New Zealand and Australian drafts write it: "1 Short
 * title", "12A Offences", its heading on the same line. The heading must read as one (capitalised, short, no
 * sentence) and not be a date ("1 January 2020 is the date…"); the drafts read so number no unit otherwise, and
 * their numbers must go up in sequence (the recognizer checks both).
 */
export const matchDotlessUnit = (line: string): Marker | null => {
  const match = /^(\d{1,3}[A-Z]{0,2})\s+(\p{Lu}.*)$/u.exec(line.trim());
  if (!match) return null;
  const [, number, rest] = match;
  if (DATE.test(rest) || !looksLikeTitle(rest)) return null;
  return { kind: 'ARTICLE', number, keyPart: compactKeyPart(number), rest: rest.trim(), unit: 'sec' };
};

/** A heading after a number without separator ("Article 1 Scope"): short, capitalised, not a sentence. */
const looksLikeTitle = (rest: string): boolean => {
  const words = rest.split(/\s+/u).filter(Boolean).length;
  return /^\p{Lu}/u.test(rest) && words <= 10 && !/[.;:,!?]$/u.test(rest) && !/[.;:!?]\s/u.test(rest);
};

const toMarker = (
  kind: MarkerKind,
  match: RegExpExecArray | null,
  options: { bareHeadingAllowed?: boolean },
): Marker | null => {
  if (!match) return null;
  const [, number, rawNumber, separator, rest] = match;
  const separated = /[.:\-–—]/.test(separator) || rest === '';
  if (!separated && !options.bareHeadingAllowed && !looksLikeTitle(rest)) return null;
  const keyPart = kind === 'ARTICLE' ? articleKeyPart(rawNumber) : containerKeyPart(rawNumber);
  return { kind, number: number.trim(), keyPart, rest: rest.trim() };
};

const PARAGRAPH_PATTERNS: ReadonlyArray<readonly [ParagraphStyle, RegExp]> = [
  ['paren', /^(\((\d{1,3}(?:\s?(?:bis|ter|quater))?)\))\s*(.*)$/iu],
  ['letter', /^(\(([a-z])\))\s*(.*)$/u],
  ['dot', /^((\d{1,3}(?:\s?(?:bis|ter|quater))?)\.(?:\s*[-–—])?)(?:\s+(.*))?$/iu],
  ['half', /^((\d{1,3})\))(?:\s+(.*))?$/u],
  ['halfletter', /^(([a-z])\))(?:\s+(.*))?$/u],
];

/** Recognises the number that opens a paragraph inside an article: "1.", "(1)", "1)", "(a)", "a)". */
export const matchParagraphMarker = (line: string): ParagraphMarker | null => {
  const text = line.trim();
  for (const [style, pattern] of PARAGRAPH_PATTERNS) {
    const match = pattern.exec(text);
    if (match) {
      return { style, number: match[1].trim(), keyPart: compactKeyPart(match[2]), rest: (match[3] ?? '').trim() };
    }
  }
  return null;
};

const ROMAN = /^M{0,3}(CM|CD|D?C{0,3})(XC|XL|L?X{0,3})(IX|IV|V?I{0,3})$/i;
const ROMAN_VALUES: Readonly<Record<string, number>> = { I: 1, V: 5, X: 10, L: 50, C: 100, D: 500, M: 1000 };

/** The value of a Roman numeral, or null; lone letters other than I, V and X are taken as letters ("Section C"). */
export const romanToInt = (text: string): number | null => {
  const upper = text.toUpperCase();
  if (upper === '' || !ROMAN.test(upper)) return null;
  if (upper.length === 1 && !'IVX'.includes(upper)) return null;
  let total = 0;
  for (let i = 0; i < upper.length; i += 1) {
    const value = ROMAN_VALUES[upper[i]];
    const next = ROMAN_VALUES[upper[i + 1]] ?? 0;
    total += value < next ? -value : value;
  }
  return total;
};

const wordKey = (word: string): string | null => {
  if (new RegExp(`^(?:${FIRST_WORDS})$`, 'iu').test(word)) return '1';
  if (new RegExp(`^(?:${UNIQUE_WORDS})$`, 'iu').test(word)) return 'unique';
  if (new RegExp(`^(?:${PRELIMINARY_WORDS})$`, 'iu').test(word)) return 'prelim';
  return null;
};

const stripOrdinal = (text: string): string => text.replace(/\s?\.?\s?[º°ª]/u, '').replace(/(\d)(?:er|re|ère)$/iu, '$1');

/** "premier" → "1", "3 bis" → "3bis", "5.º" → "5", "L. 1221-1" → "l1221-1". */
export const articleKeyPart = (raw: string): string => {
  const text = stripOrdinal(raw.trim());
  const [head, ...tail] = text.split(/[\s-](?=(?:bis|ter|quater|quinquies|sexies|septies|octies|nonies|novies|decies)$)/iu);
  const word = wordKey(head);
  return compactKeyPart([word ?? head, ...tail].join(''));
};

/** "II" → "2", "3" → "3", "A" → "a", "preliminar" → "prelim". */
export const containerKeyPart = (raw: string): string => {
  const text = stripOrdinal(raw.trim());
  const word = wordKey(text);
  if (word) return word;
  const match = /^(\d+|[IVXLCDM]+|[A-Z])[\s-]?(.*)$/iu.exec(text);
  if (!match) return compactKeyPart(text);
  const roman = /^\d+$/.test(match[1]) ? null : romanToInt(match[1]);
  const base = roman === null ? match[1] : String(roman);
  return compactKeyPart(base + match[2]);
};

/** Lower case without spaces or abbreviation dots ("L. 12" → "l12", "1.2" stays); "05" and "5" meet. */
export const compactKeyPart = (text: string): string =>
  text
    .toLowerCase()
    .replace(/\.(?=\s|$)/gu, '')
    .replace(/\s+/gu, '')
    .replace(/^0+(?=\d)/u, '');
