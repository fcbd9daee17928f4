import { z } from 'zod';

/**
 * Text that cannot be stored as it was sent: PostgreSQL refuses a NUL character
 * (U+0000) in text and fails the whole write; an unpaired UTF-16 surrogate is
 * not a character at all (UTF-8 cannot encode it, and validators that
 * URI-encode, such as isEmail, throw on it). Every transport refuses both at the door.
 */
export const UNSTORABLE_TEXT = 'must not contain NUL characters (U+0000) or unpaired surrogates';

const UNSTORABLE = /\u0000|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/u;
const UNSTORABLE_ALL = new RegExp(UNSTORABLE.source, 'gu');

export const isStorableText = (value: string): boolean => !UNSTORABLE.test(value);

/** The same text without what cannot be stored (for text read out of files, where a stray one is noise). */
export const withoutUnstorableText = (value: string): string => value.replace(UNSTORABLE_ALL, '');

/** A zod refinement for any string schema: `z.string().trim().refine(...storableText)`. */
export const storableText = [isStorableText, { message: UNSTORABLE_TEXT }] as const;

/** Free text up to `max` characters, all of it storable. */
export const text = (max: number) => z.string().max(max).refine(...storableText);

/**
 * The path (`input.quote.exact`, `items.2`) of the first string or key holding
 * unstorable text in a JSON-like value, or null. Walks with its own stack: the
 * value may nest as deep as its sender liked.
 */
export const findUnstorableText = (value: unknown, root = ''): string | null => {
  const stack: Array<[unknown, string]> = [[value, root]];
  const seen = new Set<object>();
  while (stack.length > 0) {
    const [current, path] = stack.pop()!;
    if (typeof current === 'string') {
      if (!isStorableText(current)) return path;
      continue;
    }
    // Bytes (an uploaded file's contents) are not text: their NULs are the parser's to judge.
    if (current === null || typeof current !== 'object' || seen.has(current) || ArrayBuffer.isView(current)) continue;
    seen.add(current);
    for (const [key, child] of Object.entries(current)) {
      const childPath = path ? `${path}.${key}` : key;
      if (!isStorableText(key)) return childPath;
      stack.push([child, childPath]);
    }
  }
  return null;
};
