import { Field, ID, InputType } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import { ArrayMaxSize, ArrayMinSize, IsDate, IsOptional, IsString, IsUrl, IsUUID, Length, MaxLength, ValidateNested } from 'class-validator';
import { NoControlCharacters, Trim } from '../common/text.validators';

@InputType()
export class AgendaItemInput {
  @Field(() => ID, { nullable: true, description: 'A provision of the current draft; or leave empty for a free topic.' })
  @IsOptional()
  @IsUUID('all', { message: 'provisionId must be a provision id' })
  provisionId?: string | null;

  @Field(() => String, { nullable: true, description: 'Required for a free topic; defaults to the provision’s number and heading.' })
  @IsOptional()
  @Trim()
  @Length(1, 300)
  @NoControlCharacters()
  title?: string | null;
}

@InputType()
export class ScheduleSessionInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'dossierId must be a dossier id' })
  dossierId: string;

  @Field(() => String)
  @Trim()
  @Length(3, 300)
  @NoControlCharacters()
  title: string;

  @Field(() => Date)
  @IsDate()
  startsAt: Date;

  @Field(() => Date)
  @IsDate()
  endsAt: Date;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(300)
  place?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsUrl({ protocols: ['https', 'http'], require_protocol: true }, { message: 'meetingUrl must be a web address (https://…)' })
  @MaxLength(500)
  meetingUrl?: string | null;

  @Field(() => [AgendaItemInput])
  @ArrayMinSize(1)
  @ArrayMaxSize(200)
  @ValidateNested({ each: true })
  @Type(() => AgendaItemInput)
  agenda: AgendaItemInput[];
}
