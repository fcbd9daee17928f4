import { Fragment } from 'react';
import type { MentionedPerson } from './mention-candidates';
import { mentionSegments } from './mention-segments';

/**
 * A comment's plain-text body with its `@Name` mentions marked. Every piece
 * is a React text node: nothing in the body is ever read as HTML.
 */
export function MentionedText({ body, mentions, myId }: { body: string; mentions: readonly MentionedPerson[]; myId?: string }) {
  if (mentions.length === 0) return <>{body}</>;
  return (
    <>
      {mentionSegments(body, mentions).map((segment, index) =>
        segment.kind === 'text' ? (
          <Fragment key={index}>{segment.text}</Fragment>
        ) : (
          <span key={index} className="mention" data-mention={segment.person.id} data-me={segment.person.id === myId || undefined}>
            {segment.text}
          </span>
        ),
      )}
    </>
  );
}
