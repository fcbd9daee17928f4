/** One line or paragraph of a text-like draft (plain text, Markdown, Word), as the structure recogniser reads it. */
export interface TextBlock {
  text: string;
  /** Styled as a heading (Word heading style, Markdown "#"): a hint only, numbering words still decide. */
  heading?: boolean;
  /** Follows the previous line with no blank line between (plain text), so it may be a wrapped continuation. */
  continues?: boolean;
  /** A table row, cells joined with " | ": body text, never a heading. */
  row?: boolean;
  /** Footnotes referenced from this block. */
  notes?: string[];
}
