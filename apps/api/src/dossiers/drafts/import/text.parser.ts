import { surveyBlocks } from './draft-survey';
import { guessLanguage } from './language';
import type { ParsedDraft } from './parsed-draft';
import { recognizeStructure } from './structure-recognizer';
import type { TextBlock } from './text-block';

/** Plain text and Markdown drafts: one block per line; Markdown headings are hints, numbering words decide. */
export const parseTextDraft = (text: string, format: 'TEXT' | 'MARKDOWN'): ParsedDraft => {
  const blocks = format === 'MARKDOWN' ? markdownBlocks(text) : textBlocks(text);
  const structure = recognizeStructure(blocks);
  return {
    format,
    title: structure.title,
    language: guessLanguage(text),
    nodes: structure.nodes,
    articleCount: structure.articleCount,
    warnings: structure.warnings,
    ...(structure.articleCount === 0 ? { survey: surveyBlocks(blocks) } : {}),
  };
};

export const textBlocks = (text: string): TextBlock[] => linesToBlocks(text.split('\n'), (line) => ({ text: line }));

export const markdownBlocks = (text: string): TextBlock[] => {
  let fenced = false;
  return linesToBlocks(text.split('\n'), (line) => {
    if (/^\s*(?:```|~~~)/u.test(line)) fenced = !fenced;
    if (fenced || /^\s*(?:```|~~~|(?:[-*_]\s*){3,}$)/u.test(line)) return { text: '' };
    const heading = headingText(line);
    return { text: unmark(heading ?? line), heading: heading !== null || undefined };
  });
};

/** The text of an ATX heading ("## Title ##"), or null; written without regex backtracking, lines may be huge. */
const headingText = (line: string): string | null => {
  const trimmed = line.trim();
  const opening = /^#{1,6}(?:\s|$)/u.exec(trimmed);
  if (!opening) return null;
  const text = trimmed.slice(opening[0].length).trimEnd();
  let end = text.length;
  while (end > 0 && text[end - 1] === '#') end -= 1;
  const closed = end < text.length && (end === 0 || text[end - 1] === ' ' || text[end - 1] === '\t');
  return (closed ? text.slice(0, end) : text).trim();
};

/** Blank lines separate blocks; a line right after another may be its wrapped continuation. */
const linesToBlocks = (lines: readonly string[], read: (line: string) => TextBlock): TextBlock[] => {
  const blocks: TextBlock[] = [];
  let previousBlank = true;
  for (const line of lines) {
    const block = read(line);
    const text = block.text.trim();
    if (text === '') {
      previousBlank = true;
      continue;
    }
    blocks.push({ ...block, text, continues: !previousBlank && !block.heading });
    previousBlank = Boolean(block.heading);
  }
  return blocks;
};

/** Drops emphasis and escapes so that "**Article 1.** Scope" and "1\\. Text" read as written. */
const unmark = (line: string): string =>
  line
    .replace(/^\s*>\s?/u, '')
    .replace(/\*\*|__/gu, '')
    .replace(/\\([\\`*_{}[\]()#+\-.!])/gu, '$1');
