import { z } from 'zod';

/**
 * PostgreSQL cannot store a NUL character (U+0000) in text: one that reaches
 * the database fails the whole write. Every transport refuses it at the door.
 */
export const NUL_MESSAGE = 'must not contain NUL characters (U+0000)';

const hasNoNul = (value: string) => !value.includes('\u0000');

/** A zod refinement for any string schema: `z.string().trim().refine(...withoutNul)`. */
export const withoutNul = [hasNoNul, { message: NUL_MESSAGE }] as const;

/** Free text up to `max` characters, never a NUL character. */
export const text = (max: number) => z.string().max(max).refine(...withoutNul);

/**
 * The path (`input.quote.exact`, `items.2`) of the first string or key holding a
 * NUL character in a JSON-like value, or null. Walks with its own stack: the
 * value may nest as deep as its sender liked.
 */
export const findNulCharacter = (value: unknown, root = ''): string | null => {
  const stack: Array<[unknown, string]> = [[value, root]];
  const seen = new Set<object>();
  while (stack.length > 0) {
    const [current, path] = stack.pop()!;
    if (typeof current === 'string') {
      if (!hasNoNul(current)) return path;
      continue;
    }
    // Bytes (an uploaded file's contents) are not text: their NULs are the parser's to judge.
    if (current === null || typeof current !== 'object' || seen.has(current) || ArrayBuffer.isView(current)) continue;
    seen.add(current);
    for (const [key, child] of Object.entries(current)) {
      const childPath = path ? `${path}.${key}` : key;
      if (!hasNoNul(key)) return childPath;
      stack.push([child, childPath]);
    }
  }
  return null;
};
