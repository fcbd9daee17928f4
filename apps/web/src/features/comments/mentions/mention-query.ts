/** What is being typed after an `@`: where the `@` is, and the words after it up to the caret. */
export interface MentionQuery {
  /** Index of the `@` in the text. */
  start: number;
  /** The text between the `@` and the caret (may hold spaces: names do). */
  query: string;
}

/** Longest query looked at; past that, the `@` is someone's text, not a name being typed. */
export const MENTION_QUERY_MAX = 40;

/** What may stand right before an `@` that starts a mention (so `name@example.org` does not). */
const OPENS_MENTION = /[\s([{"'“‘«—–-]/u;

/**
 * The mention being typed at the caret, if any: an `@` at the start of the
 * text or after a space or an opening mark, on the same line, with no space
 * right after it, and the caret not just after a space (a finished name).
 */
export function mentionQueryAt(text: string, caret: number): MentionQuery | null {
  const before = text.slice(0, caret);
  const start = before.lastIndexOf('@');
  if (start < 0) return null;
  const query = before.slice(start + 1);
  if (query.length > MENTION_QUERY_MAX || /[\n\r@]/.test(query)) return null;
  if (/^\s/u.test(query) || /\s$/u.test(query)) return null;
  if (start > 0 && !OPENS_MENTION.test(text[start - 1])) return null;
  return { start, query };
}

/**
 * The text with the name being typed (and the rest of its word after the
 * caret) replaced by `@Display Name` and one space, and where the caret goes:
 * after that space.
 */
export function insertMention(text: string, at: MentionQuery, caret: number, displayName: string): { text: string; caret: number } {
  const wordRest = /^[^\s@]*/u.exec(text.slice(caret))?.[0] ?? '';
  const after = text.slice(caret + wordRest.length);
  const spaced = after.startsWith(' ') ? after : ` ${after}`;
  const head = `${text.slice(0, at.start)}@${displayName}`;
  return { text: head + spaced, caret: head.length + 1 };
}
