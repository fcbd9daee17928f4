import { Field, InputType } from '@nestjs/graphql';
import { IsIn, IsOptional, Length, Matches } from 'class-validator';
import { LIMITS, ORGANIZATION_KINDS, type OrganizationKind } from '@tripart/contracts';
import { NoControlCharacters, Trim } from '../../common/text.validators';
import { OrganizationKindEnum } from '../organization.entity';

@InputType()
export class CreateOrganizationInput {
  @Field(() => String)
  @Trim()
  @Length(2, LIMITS.organizationNameMax)
  @NoControlCharacters()
  name: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @Trim()
  @Length(1, LIMITS.acronymMax)
  @NoControlCharacters()
  acronym?: string | null;

  @Field(() => OrganizationKindEnum)
  @IsIn(ORGANIZATION_KINDS)
  kind: OrganizationKind;

  @Field(() => String, { description: 'ISO 3166-1 alpha-2' })
  @Matches(/^[A-Z]{2}$/, { message: 'countryCode must be two capital letters (ISO 3166-1 alpha-2)' })
  countryCode: string;
}

@InputType()
export class UpdateOrganizationInput {
  @Field(() => String, { nullable: true })
  @IsOptional()
  @Trim()
  @Length(2, LIMITS.organizationNameMax)
  @NoControlCharacters()
  name?: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @Trim()
  @Length(0, LIMITS.acronymMax)
  @NoControlCharacters()
  acronym?: string | null;

  @Field(() => OrganizationKindEnum, { nullable: true })
  @IsOptional()
  @IsIn(ORGANIZATION_KINDS)
  kind?: OrganizationKind;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @Matches(/^[A-Z]{2}$/, { message: 'countryCode must be two capital letters (ISO 3166-1 alpha-2)' })
  countryCode?: string;
}
