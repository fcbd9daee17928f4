import { Field, ID, InputType } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import { ArrayMaxSize, IsArray, IsIn, IsOptional, IsString, IsUUID, Length, MaxLength, ValidateNested } from 'class-validator';
import { COMMENT_VISIBILITIES, type CommentVisibility, LIMITS } from '@tripart/contracts';
import { CommentVisibilityEnum } from './comment.entity';

@InputType()
export class TextQuoteInput {
  @Field(() => String)
  @IsString()
  @Length(1, LIMITS.quoteExactMax)
  exact: string;

  @Field(() => String, { defaultValue: '' })
  @IsString()
  @MaxLength(LIMITS.quoteContextMax)
  prefix: string = '';

  @Field(() => String, { defaultValue: '' })
  @IsString()
  @MaxLength(LIMITS.quoteContextMax)
  suffix: string = '';
}

@InputType()
export class AddCommentInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'provisionId must be a provision id' })
  provisionId: string;

  @Field(() => String)
  @IsString()
  @Length(1, LIMITS.commentBodyMax)
  body: string;

  @Field(() => CommentVisibilityEnum, { defaultValue: 'DELEGATION', description: 'Ignored for replies: they follow their thread.' })
  @IsIn(COMMENT_VISIBILITIES)
  visibility: CommentVisibility = 'DELEGATION';

  @Field(() => TextQuoteInput, { nullable: true })
  @IsOptional()
  @ValidateNested()
  @Type(() => TextQuoteInput)
  quote?: TextQuoteInput | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(LIMITS.commentBodyMax)
  suggestedText?: string | null;

  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID('all', { message: 'parentId must be a comment id' })
  parentId?: string | null;

  @Field(() => String, { nullable: true, description: 'Made by the client: a retry with the same id posts once.' })
  @IsOptional()
  @IsString()
  @Length(1, 64)
  clientId?: string | null;

  @Field(() => [ID], { defaultValue: [], description: 'Participants named with @.' })
  @IsArray()
  @ArrayMaxSize(LIMITS.mentionsMax)
  @IsUUID('all', { each: true })
  mentionUserIds: string[] = [];
}

@InputType()
export class EditCommentInput {
  @Field(() => String)
  @IsString()
  @Length(1, LIMITS.commentBodyMax)
  body: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(LIMITS.commentBodyMax)
  suggestedText?: string | null;
}
