import { Field, ID, InputType } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import { ArrayMaxSize, IsArray, IsOptional, IsString, IsUUID, MaxLength, ValidateNested } from 'class-validator';
import { MINUTES_NARRATIVE_MAX } from '@tripart/contracts';

@InputType()
export class InterventionSummaryInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'id must be an intervention id' })
  id: string;

  @Field(() => String)
  @IsString()
  @MaxLength(MINUTES_NARRATIVE_MAX)
  summary: string;
}

@InputType()
export class MinutesItemNarrativeInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'agendaItemId must be an agenda item id' })
  agendaItemId: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(MINUTES_NARRATIVE_MAX)
  notes?: string;

  @Field(() => [InterventionSummaryInput], { nullable: true })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(2_000)
  @ValidateNested({ each: true })
  @Type(() => InterventionSummaryInput)
  interventions?: InterventionSummaryInput[];
}

/** The narrative parts of minutes as the chair saves them; what is left out stays as it was. */
@InputType()
export class MinutesNarrativeInput {
  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(MINUTES_NARRATIVE_MAX)
  opening?: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(MINUTES_NARRATIVE_MAX)
  closing?: string;

  @Field(() => [MinutesItemNarrativeInput], { nullable: true })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(500)
  @ValidateNested({ each: true })
  @Type(() => MinutesItemNarrativeInput)
  items?: MinutesItemNarrativeInput[];
}
