import { Field, ID, InputType } from '@nestjs/graphql';
import { ArrayMaxSize, IsArray, IsBoolean, IsDate, IsIn, IsOptional, IsUUID, Length, Matches, MaxLength } from 'class-validator';
import {
  C144_SUBJECTS,
  CLOSING_NOTE_MAX,
  CONSTITUENCIES,
  CONVENTION_CODE_PATTERN,
  COUNTRY_CODE_PATTERN,
  LIMITS,
  DOSSIER_KINDS,
  DOSSIER_STATUSES,
  type C144Subject,
  type Constituency,
  type DossierKind,
  type DossierStatus,
} from '@tripart/contracts';
import { NoControlCharacters, Trim } from '../../common/text.validators';
import { ConstituencyEnum } from '../../people/organization.entity';
import { C144SubjectEnum, DossierKindEnum, DossierStatusEnum } from '../dossier.entity';

@InputType()
export class CreateDossierInput {
  @Field(() => String)
  @Trim()
  @Length(LIMITS.dossierTitleMin, LIMITS.dossierTitleMax)
  @NoControlCharacters()
  title: string;

  @Field(() => String, { defaultValue: '' })
  @Trim()
  @MaxLength(LIMITS.dossierSummaryMax)
  summary: string = '';

  @Field(() => DossierKindEnum, { defaultValue: 'LAW_REFORM' })
  @IsIn(DOSSIER_KINDS)
  kind: DossierKind = 'LAW_REFORM';

  @Field(() => String, { description: 'ISO 3166-1 alpha-2' })
  @Matches(COUNTRY_CODE_PATTERN, { message: 'countryCode must be two capital letters (ISO 3166-1 alpha-2)' })
  countryCode: string;

  @Field(() => [String], { defaultValue: [] })
  @IsArray()
  @ArrayMaxSize(LIMITS.dossierConventionsMax)
  @Matches(CONVENTION_CODE_PATTERN, { each: true, message: 'conventionCodes must look like C087 or P029' })
  conventionCodes: string[] = [];

  @Field(() => Date, { nullable: true })
  @IsOptional()
  @IsDate()
  commentsDeadline?: Date | null;

  @Field(() => Boolean, { defaultValue: false })
  @IsBoolean()
  observersMayComment: boolean = false;

  @Field(() => C144SubjectEnum, { nullable: true, description: 'The C144 Article 5(1) item (a–e) it concerns, if any.' })
  @IsOptional()
  @IsIn(C144_SUBJECTS)
  c144Subject?: C144Subject | null;
}

@InputType()
export class UpdateDossierInput {
  @Field(() => String, { nullable: true })
  @IsOptional()
  @Trim()
  @Length(LIMITS.dossierTitleMin, LIMITS.dossierTitleMax)
  @NoControlCharacters()
  title?: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxLength(LIMITS.dossierSummaryMax)
  summary?: string;

  @Field(() => DossierStatusEnum, { nullable: true })
  @IsOptional()
  @IsIn(DOSSIER_STATUSES)
  status?: DossierStatus;

  @Field(() => [String], { nullable: true })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(LIMITS.dossierConventionsMax)
  @Matches(CONVENTION_CODE_PATTERN, { each: true, message: 'conventionCodes must look like C087 or P029' })
  conventionCodes?: string[];

  @Field(() => Date, { nullable: true })
  @IsOptional()
  @IsDate()
  commentsDeadline?: Date | null;

  @Field(() => Boolean, { nullable: true })
  @IsOptional()
  @IsBoolean()
  observersMayComment?: boolean;

  @Field(() => String, {
    nullable: true,
    description: 'Concluding while something is left undone (a submitted contribution without a government response): why, recorded by the facilitator in the audit trail.',
  })
  @IsOptional()
  @Trim()
  @MaxLength(CLOSING_NOTE_MAX)
  @NoControlCharacters()
  closingNote?: string;
}

@InputType()
export class AddDelegationMemberInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'dossierId must be a dossier id' })
  dossierId: string;

  @Field(() => ConstituencyEnum)
  @IsIn(CONSTITUENCIES)
  constituency: Constituency;

  @Field(() => ID)
  @IsUUID('all', { message: 'userId must be a person id' })
  userId: string;

  @Field(() => Boolean, { defaultValue: false })
  @IsBoolean()
  lead: boolean = false;
}

@InputType()
export class AddParticipantInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'dossierId must be a dossier id' })
  dossierId: string;

  @Field(() => ID)
  @IsUUID('all', { message: 'userId must be a person id' })
  userId: string;

  @Field(() => String, { description: 'FACILITATOR or OBSERVER (delegates join with addDelegationMember)' })
  @IsIn(['FACILITATOR', 'OBSERVER'], { message: 'role must be FACILITATOR or OBSERVER' })
  role: 'FACILITATOR' | 'OBSERVER';
}
