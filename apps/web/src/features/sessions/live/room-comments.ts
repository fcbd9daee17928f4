import type { CommentThreadFragment } from '../../../gql/graphql';

/** The comments I can read in these threads, replies included (a deleted one is no longer a comment to read). */
export function readableCommentIds(threads: readonly CommentThreadFragment[]): string[] {
  const ids: string[] = [];
  for (const thread of threads) {
    if (!thread.deletedAt) ids.push(thread.id);
    for (const reply of thread.replies) if (!reply.deletedAt) ids.push(reply.id);
  }
  return ids;
}

/**
 * The comments seen so far, with these ones added. The same set comes back
 * when there is nothing new (so a React state holding it does not change).
 */
export function withSeen(seen: ReadonlySet<string> | null, ids: readonly string[]): ReadonlySet<string> {
  if (seen && ids.every((id) => seen.has(id))) return seen;
  return new Set([...(seen ?? []), ...ids]);
}

/** How many of these comments arrived since the panel was last open (none before anything was seen: that is the starting point). */
export function unseenCount(seen: ReadonlySet<string> | null, ids: readonly string[]): number {
  if (!seen) return 0;
  return ids.filter((id) => !seen.has(id)).length;
}
