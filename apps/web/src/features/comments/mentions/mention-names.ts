import type { MentionedPerson } from './mention-candidates';

/** Where `@Display Name` stands in the text as a whole name (not the start of a longer word). */
export function indexesOfMention(text: string, displayName: string): number[] {
  const token = `@${displayName}`;
  const found: number[] = [];
  for (let index = text.indexOf(token); index >= 0; index = text.indexOf(token, index + 1)) {
    const after = text[index + token.length];
    if (after === undefined || !/[\p{L}\p{N}_]/u.test(after)) found.push(index);
  }
  return found;
}

/**
 * The people still named in the text: one chosen from the list whose
 * `@Name` was deleted since is not sent. Each person once, in choosing order.
 */
export function namedInText(text: string, chosen: readonly MentionedPerson[]): MentionedPerson[] {
  const kept = new Map<string, MentionedPerson>();
  for (const person of chosen) {
    if (!kept.has(person.id) && indexesOfMention(text, person.displayName).length > 0) kept.set(person.id, person);
  }
  return [...kept.values()];
}

/** Those named who would not read the comment (say, after switching a plenary comment to a caucus note). */
export function unseenMentions(named: readonly MentionedPerson[], readers: readonly MentionedPerson[]): MentionedPerson[] {
  const ids = new Set(readers.map((reader) => reader.id));
  return named.filter((person) => !ids.has(person.id));
}

/** The text with these people's `@Name` turned back into plain names: the words stay, no one is notified. */
export function unmention(text: string, people: readonly MentionedPerson[]): string {
  let result = text;
  for (const person of people) {
    for (const index of indexesOfMention(result, person.displayName).reverse()) {
      result = result.slice(0, index) + result.slice(index + 1);
    }
  }
  return result;
}
