import { Field, InputType, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { ArrayMaxSize, IsInt, IsString, Matches, Max, Min } from 'class-validator';
import { REPORT_KINDS, type ReportKind } from '@tripart/contracts';
import { enumFromList } from '../common/graphql-enum';
import { Convention } from '../reference/convention.entity';
import { Country } from '../reference/country.entity';

export const ReportKindEnum = enumFromList(REPORT_KINDS);
registerEnumType(ReportKindEnum, { name: 'ReportKind' });

@ObjectType({ description: 'The regular reporting cycle (article 22 of the ILO Constitution), as set.' })
export class ReportingCycleView {
  @Field(() => Int)
  shortCycleYears: number;

  @Field(() => Int)
  longCycleYears: number;

  @Field(() => [String], { description: 'Letter ranges of country names, in the order they report: A-F, G-N, O-Z.' })
  shortCycleGroups: string[];

  @Field(() => [String])
  longCycleGroups: string[];

  @Field(() => Int, { description: 'The year the first group of each cycle reports in.' })
  startYear: number;

  @Field(() => String, { description: 'MM-DD' })
  windowOpens: string;

  @Field(() => String, { description: 'MM-DD' })
  dueOn: string;

  @Field(() => Boolean, { description: 'Whether these are the shipped defaults (no administrator changed them).' })
  isDefault: boolean;
}

@ObjectType({ description: 'A report a country owes on one convention in a year.' })
export class ReportDueView {
  @Field(() => Convention)
  convention: Convention;

  @Field(() => ReportKindEnum)
  kind: ReportKind;

  @Field(() => String, { description: 'YYYY-MM-DD' })
  windowOpens: string;

  @Field(() => String, { description: 'YYYY-MM-DD' })
  dueOn: string;
}

@ObjectType({ description: 'The reports a country owes in a year, from its ratifications and the cycle.' })
export class ReportingCalendar {
  @Field(() => Country)
  country: Country;

  @Field(() => Int)
  year: number;

  @Field(() => [ReportDueView])
  reports: ReportDueView[];

  @Field(() => ReportingCycleView)
  cycle: ReportingCycleView;
}

@InputType()
export class ReportingCycleInput {
  @Field(() => Int)
  @IsInt()
  @Min(1)
  @Max(12)
  shortCycleYears: number;

  @Field(() => Int)
  @IsInt()
  @Min(1)
  @Max(12)
  longCycleYears: number;

  @Field(() => [String])
  @ArrayMaxSize(12)
  @IsString({ each: true })
  @Matches(/^[A-Z]-[A-Z]$/, { each: true, message: 'Each group is a letter range such as A-F' })
  shortCycleGroups: string[];

  @Field(() => [String])
  @ArrayMaxSize(12)
  @IsString({ each: true })
  @Matches(/^[A-Z]-[A-Z]$/, { each: true, message: 'Each group is a letter range such as A-F' })
  longCycleGroups: string[];

  @Field(() => Int)
  @IsInt()
  @Min(1990)
  @Max(2100)
  startYear: number;

  @Field(() => String)
  @Matches(/^\d{2}-\d{2}$/, { message: 'windowOpens is MM-DD' })
  windowOpens: string;

  @Field(() => String)
  @Matches(/^\d{2}-\d{2}$/, { message: 'dueOn is MM-DD' })
  dueOn: string;
}
