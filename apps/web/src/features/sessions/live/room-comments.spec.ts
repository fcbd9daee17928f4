import type { CommentThreadFragment } from '../../../gql/graphql';
import { readableCommentIds, unseenCount, withSeen } from './room-comments';

const comment = (id: string, deleted = false, replies: CommentThreadFragment['replies'] = []) =>
  ({ id, deletedAt: deleted ? '2026-11-28T10:00:00Z' : null, replies }) as unknown as CommentThreadFragment;

describe('comments seen in the live room', () => {
  it('counts threads and their replies, not deleted ones', () => {
    const threads = [comment('a', false, [comment('a1'), comment('a2', true)]), comment('b', true, [comment('b1')])];
    expect(readableCommentIds(threads)).toEqual(['a', 'a1', 'b1']);
  });

  it('starts from what was there: nothing is new before anything was seen', () => {
    expect(unseenCount(null, ['a', 'b'])).toBe(0);
    const seen = withSeen(null, ['a', 'b']);
    expect(unseenCount(seen, ['a', 'b'])).toBe(0);
  });

  it('counts the comments that came since, until they are seen', () => {
    const seen = withSeen(null, ['a']);
    expect(unseenCount(seen, ['a', 'b', 'c'])).toBe(2);
    expect(unseenCount(withSeen(seen, ['a', 'b', 'c']), ['a', 'b', 'c'])).toBe(0);
  });

  it('keeps the same set when nothing is new (no needless re-render)', () => {
    const seen = withSeen(null, ['a', 'b']);
    expect(withSeen(seen, ['b'])).toBe(seen);
    expect(withSeen(seen, ['b', 'c'])).not.toBe(seen);
  });

  it('does not count a comment deleted meanwhile as new, nor one that stays gone', () => {
    const seen = withSeen(null, ['a', 'b']);
    expect(unseenCount(seen, ['a'])).toBe(0);
  });
});
