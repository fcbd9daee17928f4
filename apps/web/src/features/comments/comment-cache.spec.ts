import { InMemoryCache } from '@apollo/client';
import { CommentThreadFragmentDoc, ProvisionThreadsDocument, type CommentThreadFragment } from '../../gql/graphql';
import { addToThreads } from './comment-cache';

function comment(id: string, parentId: string | null = null): CommentThreadFragment {
  return {
    __typename: 'Comment', id, provisionId: 'p1', parentId, visibility: 'PLENARY', body: `Comment ${id}`, suggestedText: null,
    createdAt: '2026-12-01T10:00:00Z', editedAt: null, deletedAt: null, resolvedAt: null, onPreviousVersion: false,
    canEdit: true, canDelete: true, canResolve: true, quote: null,
    author: { __typename: 'CommentAuthor', id: 'nadia', displayName: 'Nadia Haddad', organizationName: null, constituency: 'WORKERS' },
    mentions: [], replies: [],
  };
}

/** A cache holding provision p1's threads as the API gave them, and the mutation's answer written as Apollo writes it. */
function cacheWith(threads: CommentThreadFragment[], answer: CommentThreadFragment) {
  const cache = new InMemoryCache();
  cache.writeQuery({ query: ProvisionThreadsDocument, variables: { ids: ['p1'] }, data: { provisions: [{ __typename: 'Provision', id: 'p1', commentCount: threads.length, comments: threads }] } });
  cache.writeFragment({ fragment: CommentThreadFragmentDoc, fragmentName: 'CommentThread', data: answer });
  const read = () => cache.readQuery({ query: ProvisionThreadsDocument, variables: { ids: ['p1'] } })!.provisions[0];
  return { cache, read };
}

describe('a comment just written, into the cached threads', () => {
  it('adds a new thread after the provision’s others and counts it', () => {
    const { cache, read } = cacheWith([comment('c1')], comment('c2'));
    addToThreads(cache, comment('c2'));
    expect(read().comments.map((thread) => thread.id)).toEqual(['c1', 'c2']);
    expect(read().commentCount).toBe(2);
  });

  it('adds a reply at the end of its thread', () => {
    const { cache, read } = cacheWith([comment('c1')], comment('r1', 'c1'));
    addToThreads(cache, comment('r1', 'c1'));
    expect(read().comments[0].replies.map((reply) => reply.id)).toEqual(['r1']);
    expect(read().commentCount).toBe(2);
  });

  it('adds nothing twice when a fetch brought the comment first', () => {
    const { cache, read } = cacheWith([comment('c1'), comment('c2')], comment('c2'));
    addToThreads(cache, comment('c2'));
    expect(read().comments.map((thread) => thread.id)).toEqual(['c1', 'c2']);
    expect(read().commentCount).toBe(2);
  });
});
