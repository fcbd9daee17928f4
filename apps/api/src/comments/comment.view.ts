import { Field, ID, ObjectType } from '@nestjs/graphql';
import type { CommentVisibility, Constituency } from '@tripart/contracts';
import { ConstituencyEnum } from '../people/organization.entity';
import { CommentVisibilityEnum } from './comment.entity';

@ObjectType({ description: 'W3C Web Annotation TextQuoteSelector: the quoted words and a little context.' })
export class TextQuote {
  @Field(() => String)
  exact: string;

  @Field(() => String)
  prefix: string;

  @Field(() => String)
  suffix: string;
}

@ObjectType()
export class CommentAuthor {
  @Field(() => ID)
  id: string;

  @Field(() => String)
  displayName: string;

  @Field(() => ConstituencyEnum, { nullable: true, description: 'The side the author wrote for, if a delegate.' })
  constituency: Constituency | null;

  @Field(() => String, { nullable: true })
  organizationName: string | null;
}

@ObjectType({ description: 'A participant named with @ in a comment.' })
export class MentionedPerson {
  @Field(() => ID)
  id: string;

  @Field(() => String)
  displayName: string;
}

@ObjectType('Comment', { description: 'A comment as its reader may see it; deleted ones keep their place in the thread.' })
export class CommentView {
  @Field(() => ID)
  id: string;

  @Field(() => ID)
  provisionId: string;

  @Field(() => ID, { nullable: true })
  parentId: string | null;

  @Field(() => CommentVisibilityEnum)
  visibility: CommentVisibility;

  @Field(() => String, { nullable: true, description: 'Null once deleted.' })
  body: string | null;

  @Field(() => TextQuote, { nullable: true })
  quote: TextQuote | null;

  @Field(() => String, { nullable: true, description: 'Proposed wording for the quoted passage.' })
  suggestedText: string | null;

  @Field(() => CommentAuthor)
  author: CommentAuthor;

  @Field(() => Date)
  createdAt: Date;

  @Field(() => Date, { nullable: true })
  editedAt: Date | null;

  @Field(() => Date, { nullable: true })
  deletedAt: Date | null;

  @Field(() => Date, { nullable: true })
  resolvedAt: Date | null;

  @Field(() => Boolean, { description: 'Its quote is gone from the newest version: it stays on the previous one.' })
  onPreviousVersion: boolean;

  @Field(() => [MentionedPerson], { description: 'Participants named with @ (none once deleted).' })
  mentions: MentionedPerson[];

  @Field(() => [CommentView])
  replies: CommentView[];

  @Field(() => Boolean)
  canEdit: boolean;

  @Field(() => Boolean)
  canDelete: boolean;

  @Field(() => Boolean)
  canResolve: boolean;
}
