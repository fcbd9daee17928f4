import { Field, ID, InputType, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { IsBoolean, IsIn, IsUUID, MaxLength } from 'class-validator';
import { RESPONSE_REASONS_MAX, RESPONSE_STATUSES, RESPONSE_VERDICTS, type Constituency, type ResponseStatus, type ResponseVerdict } from '@tripart/contracts';
import { enumFromList } from '../common/graphql-enum';
import { NoControlCharacters, Trim } from '../common/text.validators';
import { DiffPart } from '../dossiers/drafts/draft.types';
import { ConstituencyEnum } from '../people/organization.entity';

export const ResponseVerdictEnum = enumFromList(RESPONSE_VERDICTS);
registerEnumType(ResponseVerdictEnum, { name: 'ResponseVerdict' });
export const ResponseStatusEnum = enumFromList(RESPONSE_STATUSES);
registerEnumType(ResponseStatusEnum, { name: 'ResponseStatus' });

@ObjectType({ description: 'The government’s response to one contribution. A DRAFT is shown to the government delegation only.' })
export class GovernmentResponse {
  @Field(() => ID)
  id: string;

  @Field(() => ResponseVerdictEnum)
  verdict: ResponseVerdict;

  @Field(() => String)
  reasons: string;

  @Field(() => ResponseStatusEnum)
  status: ResponseStatus;

  @Field(() => Date, { nullable: true })
  recordedAt: Date | null;

  @Field(() => Date)
  updatedAt: Date;
}

@ObjectType({ description: 'The provision of a later draft that follows the one a contribution was made on, with the words changed since.' })
export class ChangedProvision {
  @Field(() => ID)
  provisionId: string;

  @Field(() => ID)
  draftId: string;

  @Field(() => Int)
  draftVersion: number;

  @Field(() => String, { nullable: true })
  number: string | null;

  @Field(() => String, { nullable: true })
  heading: string | null;

  @Field(() => [DiffPart])
  diff: DiffPart[];
}

/** What a side said on one provision in one of its submissions: the fields a contribution and an earlier answer share. */
@ObjectType({ isAbstract: true })
abstract class SaidInSubmission {
  @Field(() => ID)
  submissionId: string;

  @Field(() => Int)
  submissionNumber: number;

  @Field(() => String)
  stance: string;

  @Field(() => String)
  rationale: string;

  @Field(() => String)
  proposedWording: string;
}

@ObjectType({ description: 'What the side said on the provision in an earlier submission, before it changed it, and the government’s answer to that.' })
export class EarlierAnswer extends SaidInSubmission {
  @Field(() => GovernmentResponse)
  response: GovernmentResponse;
}

@ObjectType({ description: 'What a social partner submitted on one provision in one submission: a stance, a rationale or a wording.' })
export class Contribution extends SaidInSubmission {
  @Field(() => ID, { description: 'submissionId:provisionId' })
  key: string;

  @Field(() => Date)
  submittedAt: Date;

  @Field(() => ConstituencyEnum)
  constituency: Constituency;

  @Field(() => ID)
  draftId: string;

  @Field(() => Int)
  draftVersion: number;

  @Field(() => ID)
  provisionId: string;

  @Field(() => String, { nullable: true })
  provisionNumber: string | null;

  @Field(() => String, { nullable: true })
  provisionHeading: string | null;

  @Field(() => Int, {
    description: 'The submission the response answers: this one, or an earlier one that said exactly the same (stance, rationale, wording) on the provision — a resubmission that leaves it unchanged keeps its answer.',
  })
  answersSubmissionNumber: number;

  @Field(() => GovernmentResponse, { nullable: true })
  response: GovernmentResponse | null;

  @Field(() => EarlierAnswer, { nullable: true, description: 'The side changed what it said here: the newest earlier contribution on the provision that has a recorded response, with it.' })
  earlierAnswer: EarlierAnswer | null;

  @Field(() => ChangedProvision, { nullable: true, description: 'Once a later draft exists: the provision that follows this one there, with its diff.' })
  changedProvision: ChangedProvision | null;
}

@ObjectType()
export class ContributionResponses {
  @Field(() => Int, { description: 'Contributions submitted by the social partners (their latest submission on each draft).' })
  total: number;

  @Field(() => Int, { description: 'Of them, those with a recorded government response.' })
  answered: number;

  @Field(() => Boolean, { description: 'May I draft responses (a member of the government delegation)?' })
  canDraft: boolean;

  @Field(() => Boolean, { description: 'May I record them for the government (its lead)?' })
  canRecord: boolean;

  @Field(() => [Contribution])
  contributions: Contribution[];
}

@InputType()
export class RespondToContributionInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'dossierId must be a dossier id' })
  dossierId: string;

  @Field(() => ID)
  @IsUUID('all', { message: 'submissionId must be a submission id' })
  submissionId: string;

  @Field(() => ID)
  @IsUUID('all', { message: 'provisionId must be a provision id' })
  provisionId: string;

  @Field(() => ResponseVerdictEnum)
  @IsIn(RESPONSE_VERDICTS)
  verdict: ResponseVerdict;

  @Field(() => String)
  @Trim()
  @MaxLength(RESPONSE_REASONS_MAX)
  @NoControlCharacters()
  reasons: string;

  @Field(() => Boolean, { defaultValue: false, description: 'Record it for the government (leads), which shows it to everyone seated; otherwise saved as a draft.' })
  @IsBoolean()
  record: boolean = false;
}
