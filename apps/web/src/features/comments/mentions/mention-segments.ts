import type { MentionedPerson } from './mention-candidates';
import { indexesOfMention } from './mention-names';

/** A piece of a comment's body: plain words, or `@Name` of someone the comment names. */
export type BodySegment = { kind: 'text'; text: string } | { kind: 'mention'; text: string; person: MentionedPerson };

/**
 * Splits a plain-text body into words and mentions, for rendering as text
 * nodes (never as HTML). Only names the comment really mentions are marked;
 * where two names overlap ("@Ana" and "@Ana Lima"), the longer one wins.
 */
export function mentionSegments(body: string, mentions: readonly MentionedPerson[]): BodySegment[] {
  const longestFirst = [...mentions].sort((a, b) => b.displayName.length - a.displayName.length);
  const taken: Array<{ start: number; end: number; person: MentionedPerson }> = [];
  for (const person of longestFirst) {
    if (!person.displayName) continue;
    for (const start of indexesOfMention(body, person.displayName)) {
      const end = start + person.displayName.length + 1;
      if (!taken.some((span) => start < span.end && end > span.start)) taken.push({ start, end, person });
    }
  }
  taken.sort((a, b) => a.start - b.start);
  const segments: BodySegment[] = [];
  let cursor = 0;
  for (const span of taken) {
    if (span.start > cursor) segments.push({ kind: 'text', text: body.slice(cursor, span.start) });
    segments.push({ kind: 'mention', text: body.slice(span.start, span.end), person: span.person });
    cursor = span.end;
  }
  if (cursor < body.length) segments.push({ kind: 'text', text: body.slice(cursor) });
  return segments;
}
