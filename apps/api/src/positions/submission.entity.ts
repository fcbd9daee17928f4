import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import { Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';
import type { Constituency } from '@tripart/contracts';
import { ConstituencyEnum } from '../people/organization.entity';

@ObjectType()
export class SubmittedProvision {
  @Field(() => ID)
  provisionId: string;

  @Field(() => String, { description: 'SUPPORT, SUPPORT_WITH_AMENDMENTS, OPPOSE, RESERVE or NO_POSITION' })
  stance: string;

  @Field(() => String)
  rationale: string;

  @Field(() => String)
  proposedWording: string;
}

@ObjectType()
export class SubmissionContent {
  @Field(() => String)
  general: string;

  @Field(() => [SubmittedProvision])
  provisions: SubmittedProvision[];
}

/**
 * An immutable snapshot of a delegation's position paper: what the plenary
 * and the facilitators see. Resubmitting makes a new one.
 */
@ObjectType('PositionSubmission')
@Entity('position_submission')
@Index('uq_submission_number', ['delegationId', 'draftId', 'number'], { unique: true })
export class Submission {
  @Field(() => ID)
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Index('ix_position_submission_dossier')
  @Field(() => ID)
  @Column({ type: 'uuid' })
  dossierId: string;

  @Field(() => ID)
  @Column({ type: 'uuid' })
  delegationId: string;

  @Field(() => ConstituencyEnum)
  @Column({ type: 'varchar', length: 16 })
  constituency: Constituency;

  @Field(() => ID)
  @Column({ type: 'uuid' })
  draftId: string;

  @Field(() => Int, { description: '1 for the first submission of this delegation on this draft, then 2, ...' })
  @Column({ type: 'integer' })
  number: number;

  @Column({ type: 'uuid' })
  submittedById: string;

  @Field(() => Date)
  @Column({ type: 'timestamptz' })
  submittedAt: Date;

  @Field(() => String, { description: 'SHA-256 of the content.' })
  @Column({ type: 'varchar', length: 64 })
  contentHash: string;

  @Field(() => SubmissionContent)
  @Column({ type: 'jsonb' })
  content: SubmissionContent;
}
