import { matchMarker, matchParagraphMarker } from './numbering';
import type { TextBlock } from './text-block';

/** Telling a heading from body text in a run of text blocks: by length, capitals, punctuation and what follows. */

const wordCount = (text: string): number => text.split(/\s+/u).filter(Boolean).length;

const isNumbered = (block: TextBlock): boolean =>
  matchMarker(block.text, { bareHeadingAllowed: block.heading }) !== null || matchParagraphMarker(block.text) !== null;

/** A container's heading may sit on the line below it; containers have no body that could be confused with it. */
export const isContainerHeading = (block: TextBlock | undefined): block is TextBlock =>
  block !== undefined && !block.row && !isNumbered(block) && block.text.length <= 200;

/**
 * The line below an article number is its heading when it reads like one rather than like the start of the body,
 * and when a body follows: an article's only line is its text.
 */
export const isArticleHeading = (block: TextBlock | undefined, after: TextBlock | undefined): block is TextBlock => {
  if (!isContainerHeading(block)) return false;
  if (block.heading) return true;
  return looksLikeHeading(block.text, 20) && hasBody(after) && !wrapsInto(after);
};

/** "Article 3. Ámbito de aplicación." has a heading; "Article 1er. - Le présent code s'applique…" has a body. */
export const isSameLineHeading = (rest: string, next: TextBlock | undefined): boolean =>
  matchParagraphMarker(rest) === null &&
  rest.length <= 100 && looksLikeHeading(rest, 12) && hasBody(next) && !wrapsInto(next);

const hasBody = (next: TextBlock | undefined): boolean =>
  next !== undefined && matchMarker(next.text, { bareHeadingAllowed: next.heading }) === null;

/** "Cap. 8", "s. 9", "No. 3": abbreviations whose dot does not end a sentence. */
const ABBREVIATIONS = /\b(?:Cap|No|Nos|s|ss|Art|Arts|Reg|Regs|cl|para|paras|Ch|Sch|Pt|L\.N|Vol)\.\s/giu;

const looksLikeHeading = (text: string, maxWords: number): boolean => {
  const words = wordCount(text);
  if (words > maxWords || /[;:,]$/u.test(text)) return false;
  if (/[.!?;:]\s/u.test(text.replace(ABBREVIATIONS, ' '))) return false;
  return !text.endsWith('.') || words <= 6;
};

/** A lower-case line glued to this one is the rest of a wrapped sentence. */
const wrapsInto = (next: TextBlock | undefined): boolean => next?.continues === true && /^\p{Ll}/u.test(next.text.trim());


/** A line that may be the heading of the unit below it: short, capitalised, no sentence ending. */
export const isHeadingAbove = (block: TextBlock): boolean => {
  if (block.text.length > 200) return false;
  const text = block.text.trim();
  return !block.row && text.length <= 100 && /^\p{Lu}/u.test(text) && looksLikeHeading(text, 10) && !/[.;:,—–-]$/u.test(text) && !isNumbered(block);
};

export const stripHeading = (text: string): string =>
  text
    .trim()
    .replace(/^[-–—:.\s]+/u, '')
    .replace(/(?<!\.)\.$/u, '')
    .trim();
