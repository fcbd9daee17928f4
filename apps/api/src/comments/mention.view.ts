import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import type { CommentVisibility } from '@tripart/contracts';
import { CommentVisibilityEnum } from './comment.entity';

@ObjectType('Mention', { description: 'A comment that names me with @, as I may see it today.' })
export class MentionView {
  @Field(() => ID, { description: 'The comment.' })
  commentId: string;

  @Field(() => ID)
  dossierId: string;

  @Field(() => String)
  dossierTitle: string;

  @Field(() => ID)
  provisionId: string;

  @Field(() => String, { nullable: true, description: 'Number of the provision, e.g. "Article 3".' })
  provisionNumber: string | null;

  @Field(() => String, { nullable: true })
  provisionHeading: string | null;

  @Field(() => ID, { description: 'The draft (version) the comment is on.' })
  draftId: string;

  @Field(() => Int, { description: 'Version of the draft the comment is on.' })
  draftVersion: number;

  @Field(() => String)
  authorName: string;

  @Field(() => String, { description: 'The comment’s words (at most 280 characters).' })
  excerpt: string;

  @Field(() => CommentVisibilityEnum)
  visibility: CommentVisibility;

  @Field(() => Date)
  createdAt: Date;
}
