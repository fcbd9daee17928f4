import { Field, ID, ObjectType, registerEnumType } from '@nestjs/graphql';
import { Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';
import { OUTCOMES, type OutcomeKind } from '@tripart/contracts';
import { enumFromList } from '../common/graphql-enum';

export const OutcomeKindEnum = enumFromList(OUTCOMES);
registerEnumType(OutcomeKindEnum, { name: 'OutcomeKind' });

@ObjectType()
export class SideReservations {
  @Field(() => String, { nullable: true })
  GOVERNMENT?: string;

  @Field(() => String, { nullable: true })
  EMPLOYERS?: string;

  @Field(() => String, { nullable: true })
  WORKERS?: string;
}

/** What an agenda item came to, recorded by the facilitator; visible on the dossier afterwards. */
@ObjectType()
@Entity('outcome')
@Index('uq_outcome_item', ['agendaItemId'], { unique: true })
export class Outcome {
  @Field(() => ID)
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Index('ix_outcome_session')
  @Column({ type: 'uuid' })
  sessionId: string;

  @Field(() => ID)
  @Column({ type: 'uuid' })
  agendaItemId: string;

  @Field(() => ID, { nullable: true })
  @Column({ type: 'uuid', nullable: true })
  provisionId: string | null;

  @Field(() => OutcomeKindEnum)
  @Column({ type: 'varchar', length: 32 })
  outcome: OutcomeKind;

  @Field(() => SideReservations)
  @Column({ type: 'jsonb', default: {} })
  reservations: SideReservations;

  @Field(() => String)
  @Column({ type: 'text', default: '' })
  note: string;

  @Field(() => String, { nullable: true, description: 'The joint text as it stood when consensus was recorded: the item’s agreed text.' })
  @Column({ type: 'text', nullable: true })
  agreedText: string | null;

  @Column({ type: 'uuid' })
  recordedById: string;

  @Field(() => Date)
  @Column({ type: 'timestamptz' })
  recordedAt: Date;
}
