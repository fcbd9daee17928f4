import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, type Relation } from 'typeorm';
import type { Constituency, HandKind } from '@tripart/contracts';
import { ConstituencyEnum } from '../people/organization.entity';
import { ConsultationSession } from './consultation-session.entity';

/** Who spoke, for which side, on which item, how long: the raw material of minutes. */
@ObjectType()
@Entity('intervention')
@Index('ix_intervention_session', ['sessionId'])
export class Intervention {
  @Field(() => ID)
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'uuid' })
  sessionId: string;

  @ManyToOne(() => ConsultationSession, { onDelete: 'CASCADE' })
  @JoinColumn()
  session?: Relation<ConsultationSession>;

  @Field(() => ID, { nullable: true })
  @Column({ type: 'uuid', nullable: true })
  agendaItemId: string | null;

  @Field(() => ID, { nullable: true })
  @Column({ type: 'uuid', nullable: true })
  roundId: string | null;

  @Field(() => ID)
  @Column({ type: 'uuid' })
  speakerId: string;

  @Field(() => ConstituencyEnum)
  @Column({ type: 'varchar', length: 16 })
  constituency: Constituency;

  /** The hand the floor was given on: a point of order is listed as one in the minutes. */
  @Column({ type: 'varchar', length: 16, default: 'NORMAL' })
  kind: HandKind;

  @Field(() => Date)
  @Column({ type: 'timestamptz' })
  startedAt: Date;

  @Field(() => Int)
  @Column({ type: 'integer' })
  durationSeconds: number;

  @Field(() => String)
  @Column({ type: 'text', default: '' })
  summary: string;
}
