import type { Editor, JSONContent } from '@tiptap/core';
import StarterKit from '@tiptap/starter-kit';

/**
 * The product's editor (TipTap, as the position papers and the joint text use it) kept to plain
 * paragraphs: what the minutes store, seal, diff and export is plain text, one paragraph per line,
 * so nothing typed here can carry formatting the record would not keep (a paste arrives as text).
 */
export const PLAIN_PARAGRAPHS = StarterKit.configure({
  blockquote: false,
  bold: false,
  bulletList: false,
  code: false,
  codeBlock: false,
  dropcursor: false,
  gapcursor: false,
  hardBreak: false,
  heading: false,
  horizontalRule: false,
  italic: false,
  link: false,
  listItem: false,
  listKeymap: false,
  orderedList: false,
  strike: false,
  trailingNode: false,
  underline: false,
});

/** Plain text as the editor's document: one paragraph per line (any line break), an empty line an empty paragraph. */
export function plainTextDocument(text: string): JSONContent {
  return { type: 'doc', content: text.split(/\r\n|\r|\n/).map((line) => ({ type: 'paragraph', ...(line ? { content: [{ type: 'text', text: line }] } : {}) })) };
}

/** The editor's document as the minutes keep it: its paragraphs' text, a line each. */
export const plainTextOf = (editor: Editor): string => editor.getText({ blockSeparator: '\n' });
