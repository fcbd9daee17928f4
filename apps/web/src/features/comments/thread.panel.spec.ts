import type { CommentThreadFragment } from '../../gql/graphql';
import { filterThreads } from './thread.panel';

const thread = (id: string, authorId: string, visibility: 'DELEGATION' | 'PLENARY', resolved = false, replyAuthor?: string) =>
  ({
    id,
    visibility,
    resolvedAt: resolved ? '2026-01-01T00:00:00Z' : null,
    author: { id: authorId },
    replies: replyAuthor ? [{ id: `${id}-r`, author: { id: replyAuthor } }] : [],
  }) as unknown as CommentThreadFragment;

describe('thread filters', () => {
  const threads = [thread('a', 'me', 'DELEGATION'), thread('b', 'other', 'PLENARY', false, 'me'), thread('c', 'other', 'PLENARY', true)];
  const ids = (list: CommentThreadFragment[]) => list.map((item) => item.id);

  it('shows open threads by default', () => expect(ids(filterThreads(threads, 'open', 'me'))).toEqual(['a', 'b']));
  it('counts a thread I replied to as mine', () => expect(ids(filterThreads(threads, 'mine', 'me'))).toEqual(['a', 'b']));
  it('keeps my delegation’s private threads apart', () => expect(ids(filterThreads(threads, 'delegation', 'me'))).toEqual(['a']));
  it('lists plenary threads', () => expect(ids(filterThreads(threads, 'plenary', 'me'))).toEqual(['b']));
  it('lists resolved threads on their own', () => expect(ids(filterThreads(threads, 'resolved', 'me'))).toEqual(['c']));
});
