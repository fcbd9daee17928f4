import { Field, ID, InputType, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { ArrayMaxSize, IsBoolean, IsIn, IsOptional, IsString, IsUUID, Matches, MaxLength } from 'class-validator';
import {
  INSTRUMENT_CODE,
  RATIFICATION_DECLARATION_MAX,
  RATIFICATION_DECLARATIONS_MAX,
  RATIFICATION_NOTE_MAX,
  RATIFICATION_STATUSES,
  type RatificationStatus,
} from '@tripart/contracts';
import { enumFromList } from '../common/graphql-enum';
import { NoControlCharacters, Trim } from '../common/text.validators';
import { Convention } from '../reference/convention.entity';
import { Country } from '../reference/country.entity';

export const RatificationStatusEnum = enumFromList(RATIFICATION_STATUSES);
registerEnumType(RatificationStatusEnum, { name: 'RatificationStatus' });

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

@ObjectType({ description: 'A country’s standing towards one ILO instrument.' })
export class RatificationEntry {
  @Field(() => ID)
  id: string;

  @Field(() => Convention)
  convention: Convention;

  @Field(() => RatificationStatusEnum)
  status: RatificationStatus;

  @Field(() => String, { nullable: true, description: 'YYYY-MM-DD' })
  ratifiedOn: string | null;

  @Field(() => String, { nullable: true, description: 'YYYY-MM-DD' })
  denouncedOn: string | null;

  @Field(() => String, { nullable: true, description: 'The later convention that denounced it automatically.' })
  denouncedBy: string | null;

  @Field(() => Boolean)
  automaticDenunciation: boolean;

  @Field(() => String, { nullable: true })
  abrogation: string | null;

  @Field(() => [String])
  declarations: string[];

  @Field(() => String, { nullable: true })
  note: string | null;

  @Field(() => ID, { nullable: true, description: 'The RATIFICATION dossier that consulted the three sides on it.' })
  dossierId: string | null;

  @Field(() => Date)
  updatedAt: Date;
}

@ObjectType({ description: 'How many instruments of a category the country is bound by, of how many there are.' })
export class CategoryCount {
  @Field(() => Int)
  bound: number;

  @Field(() => Int, { nullable: true, description: 'How many conventions the category has (none for technical ones: the register knows those it names).' })
  of: number | null;
}

@ObjectType({ description: 'The register in NORMLEX’s words: per category, and ratified / in force / denounced / abrogated.' })
export class RatificationSummary {
  @Field(() => CategoryCount)
  fundamental: CategoryCount;

  @Field(() => CategoryCount)
  governance: CategoryCount;

  @Field(() => CategoryCount)
  technical: CategoryCount;

  @Field(() => Int, { description: 'Conventions ever ratified (in force, not in force, denounced or abrogated).' })
  conventionsRatified: number;

  @Field(() => Int)
  protocolsRatified: number;

  @Field(() => Int)
  inForce: number;

  @Field(() => Int)
  notInForce: number;

  @Field(() => Int)
  denounced: number;

  @Field(() => Int)
  abrogated: number;
}

@ObjectType({ description: 'A country’s ratification register, its summary and its gap.' })
export class RatificationRegister {
  @Field(() => Country)
  country: Country;

  @Field(() => [RatificationEntry])
  entries: RatificationEntry[];

  @Field(() => RatificationSummary)
  summary: RatificationSummary;

  @Field(() => [Convention], { description: 'Fundamental and governance conventions the country is not bound by (never ratified, or denounced).' })
  gap: Convention[];

  @Field(() => Boolean, { description: 'Whether the signed-in person may change the register.' })
  canEdit: boolean;
}

@InputType()
export class RecordRatificationInput {
  @Field(() => ID)
  @Matches(/^[A-Z]{2}$/, { message: 'countryCode must be an ISO 3166-1 alpha-2 code' })
  countryCode: string;

  @Field(() => ID)
  @Matches(INSTRUMENT_CODE, { message: 'conventionCode must look like C087 or P029' })
  conventionCode: string;

  @Field(() => RatificationStatusEnum)
  @IsIn(RATIFICATION_STATUSES)
  status: RatificationStatus;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @Matches(ISO_DATE, { message: 'ratifiedOn must be a date (YYYY-MM-DD)' })
  ratifiedOn?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @Matches(ISO_DATE, { message: 'denouncedOn must be a date (YYYY-MM-DD)' })
  denouncedOn?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @Matches(INSTRUMENT_CODE, { message: 'denouncedBy must look like C138' })
  denouncedBy?: string | null;

  @Field(() => Boolean, { defaultValue: false })
  @IsBoolean()
  automaticDenunciation: boolean;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @Trim()
  @NoControlCharacters()
  @MaxLength(RATIFICATION_NOTE_MAX)
  abrogation?: string | null;

  @Field(() => [String], { defaultValue: [] })
  @ArrayMaxSize(RATIFICATION_DECLARATIONS_MAX)
  @IsString({ each: true })
  @MaxLength(RATIFICATION_DECLARATION_MAX, { each: true })
  declarations: string[];

  @Field(() => String, { nullable: true })
  @IsOptional()
  @Trim()
  @NoControlCharacters()
  @MaxLength(RATIFICATION_NOTE_MAX)
  note?: string | null;

  @Field(() => ID, { nullable: true, description: 'The RATIFICATION dossier of this country that consulted the three sides on it (its facilitators link it).' })
  @IsOptional()
  @IsUUID()
  dossierId?: string | null;
}
