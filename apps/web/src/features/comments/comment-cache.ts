import type { ApolloCache, Reference } from '@apollo/client';
import type { CommentFieldsFragment } from '../../gql/graphql';

type Added = Pick<CommentFieldsFragment, 'id' | 'provisionId' | 'parentId'>;

/**
 * A comment just written, from the mutation's own answer into the cached
 * threads of its provision (a thread at the end of the provision's, a reply
 * at the end of its thread's: oldest first, as the API orders them) and its
 * count — no fetch. Edits, resolutions and deletions need nothing: their
 * answer updates the cached comment in place. The comment's live event then
 * brings the provision's threads once more, for every other reader and tab.
 */
export function addToThreads(cache: ApolloCache<unknown>, comment: Added): void {
  const ref = cache.identify({ __typename: 'Comment', id: comment.id });
  if (!ref) return;
  let added = false;
  const append = (existing: unknown): readonly Reference[] => {
    const list = Array.isArray(existing) ? (existing as readonly Reference[]) : [];
    if (list.some((known) => known.__ref === ref)) return list; // a fetch brought it first
    added = true;
    return [...list, { __ref: ref }];
  };
  const provision = cache.identify({ __typename: 'Provision', id: comment.provisionId });
  if (comment.parentId) cache.modify({ id: cache.identify({ __typename: 'Comment', id: comment.parentId }), fields: { replies: append } });
  else cache.modify({ id: provision, fields: { comments: append } });
  if (added) cache.modify({ id: provision, fields: { commentCount: (count: number) => count + 1 } });
}
