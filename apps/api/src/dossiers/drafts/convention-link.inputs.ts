import { Field, ID, InputType } from '@nestjs/graphql';
import { IsString, IsUUID, Matches, MaxLength } from 'class-validator';
import { CONVENTION_ARTICLE_PATTERN, GAP_NOTE_MAX } from '@tripart/contracts';
import { Trim } from '../../common/text.validators';

@InputType()
export class LinkConventionInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'provisionId must be a provision id' })
  provisionId: string;

  @Field(() => String, { description: 'C087, P029, ...' })
  @Matches(/^[CPR]\d{3}$/, { message: 'conventionCode must look like C087 or P029' })
  conventionCode: string;

  @Field(() => String, { description: 'Article of the convention: "3", "4(1)", "2 bis".' })
  @Trim()
  @Matches(CONVENTION_ARTICLE_PATTERN, { message: 'article must be an article number such as 3 or 4(1)' })
  article: string;

  // Trimmed: a note of blanks would show as a gap that says nothing.
  @Field(() => String, { defaultValue: '' })
  @Trim()
  @IsString()
  @MaxLength(GAP_NOTE_MAX)
  gapNote: string = '';
}
