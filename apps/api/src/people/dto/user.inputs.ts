import { Field, ID, InputType } from '@nestjs/graphql';
import { IsEmail, IsIn, IsOptional, IsUUID, Length, MaxLength } from 'class-validator';
import { LIMITS, LOCALES, PLATFORM_ROLES, type PlatformRole } from '@tripart/contracts';
import { NoControlCharacters, NormalizeEmail, Trim } from '../../common/text.validators';
import { PlatformRoleEnum } from '../user.entity';

@InputType()
export class UpdateProfileInput {
  @Field(() => String, { nullable: true })
  @IsOptional()
  @Trim()
  @Length(1, LIMITS.displayNameMax)
  @NoControlCharacters()
  displayName?: string;

  @Field(() => String, { nullable: true, description: 'en, fr or es' })
  @IsOptional()
  @IsIn(LOCALES, { message: `locale must be one of ${LOCALES.join(', ')}` })
  locale?: string;
}

@InputType()
export class InviteUserInput {
  @Field(() => String)
  @NormalizeEmail()
  @MaxLength(LIMITS.emailMax)
  @IsEmail({}, { message: 'email must be a valid email address' })
  email: string;

  @Field(() => String)
  @Trim()
  @Length(1, LIMITS.displayNameMax)
  @NoControlCharacters()
  displayName: string;

  @Field(() => ID)
  @IsUUID('all', { message: 'organizationId must be an organization id' })
  organizationId: string;

  @Field(() => PlatformRoleEnum, { defaultValue: 'MEMBER' })
  @IsIn(PLATFORM_ROLES)
  role: PlatformRole = 'MEMBER';
}

@InputType()
export class AcceptInvitationInput {
  @Field(() => String)
  @Length(1, 200)
  token: string;

  @Field(() => String)
  @Length(LIMITS.passwordMin, LIMITS.passwordMax, {
    message: `password must be between ${LIMITS.passwordMin} and ${LIMITS.passwordMax} characters`,
  })
  password: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsIn(LOCALES)
  locale?: string;
}
