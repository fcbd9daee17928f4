import type { TextBlock } from './text-block';

/**
 * What a draft holds when no numbered unit was found in it, for a message that says what was found and which
 * numbering would make it import: "12 headings, 0 numbered units; the first lines read …".
 */

/** The numbering the draft seems to use instead, each with its own advice (translated by the web: drafts.import.suggestions). */
export type NumberingStyle = 'NUMBER_PARENTHESIS' | 'NUMBER_IN_PARENTHESES' | 'PARAGRAPH_SIGN' | 'ROMAN' | 'UNNUMBERED_HEADINGS' | 'NONE';

export interface DraftSurvey {
  headings: number;
  /** Lines that start with a number of some kind ("1)", "(2)", "§ 3", "IV."). */
  numberedLines: number;
  firstLines: string[];
  style: NumberingStyle;
}

const STYLES: ReadonlyArray<readonly [NumberingStyle, RegExp]> = [
  ['PARAGRAPH_SIGN', /^§\s*\d/u],
  ['NUMBER_PARENTHESIS', /^\d{1,4}\)\s/u],
  ['NUMBER_IN_PARENTHESES', /^\(\d{1,4}\)\s/u],
  ['ROMAN', /^[IVXLC]{1,6}[.)]\s/u],
];

const FIRST_LINES = 3;
const LINE_LENGTH = 80;

export const surveyBlocks = (blocks: readonly TextBlock[]): DraftSurvey => {
  const counts = new Map<NumberingStyle, number>();
  let numberedLines = 0;
  for (const block of blocks) {
    const text = block.text.trim();
    const style = STYLES.find(([, pattern]) => pattern.test(text))?.[0];
    if (!style) continue;
    numberedLines += 1;
    counts.set(style, (counts.get(style) ?? 0) + 1);
  }
  const headings = blocks.filter((block) => block.heading).length;
  const [top] = [...counts].sort((a, b) => b[1] - a[1]);
  const style: NumberingStyle = top ? top[0] : headings > 0 ? 'UNNUMBERED_HEADINGS' : 'NONE';
  const firstLines = blocks.slice(0, FIRST_LINES).map(({ text }) => (text.length > LINE_LENGTH ? `${text.slice(0, LINE_LENGTH)}…` : text));
  return { headings, numberedLines, firstLines, style };
};

const ADVICE: Readonly<Record<NumberingStyle, string>> = {
  NUMBER_PARENTHESIS: 'Its lines are numbered “1)”: start each provision with “1.”, “Section 1” or “Article 1” instead.',
  NUMBER_IN_PARENTHESES: 'Its lines are numbered “(1)”, as subsections are: put “Section 1” or “Article 1” above each provision.',
  PARAGRAPH_SIGN: 'Its provisions are numbered “§ 1”: write them “Article 1” or “Section 1”.',
  ROMAN: 'Its lines are numbered in Roman numerals: number the provisions “Article 1”, “Section 1” or “1.”, and the groups “Chapter I”.',
  UNNUMBERED_HEADINGS: 'Its headings carry no number: start each provision with “Article 1”, “Section 1” or “1.” before its heading.',
  NONE: 'Start each provision on its own line with “Article 1”, “Section 1”, “Rule 1” or “1. Short title”.',
};

/** The refusal in English, for the API's message; the web says it from the same figures in the reader's language. */
export const describeSurvey = (survey: DraftSurvey): string => {
  const lines = survey.firstLines.length > 0 ? `; the first lines read “${survey.firstLines.join(' / ')}”` : '';
  return `No article was found in this file: ${survey.headings} headings, ${survey.numberedLines} numbered lines, 0 numbered units${lines}. ${ADVICE[survey.style]}`;
};
