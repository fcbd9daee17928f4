import { Field, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, type Relation } from 'typeorm';
import { HAND_KINDS, type Constituency, type HandKind } from '@tripart/contracts';
import { enumFromList } from '../common/graphql-enum';
import { ConstituencyEnum } from '../people/organization.entity';
import { ConsultationSession } from './consultation-session.entity';

export const HandKindEnum = enumFromList(HAND_KINDS);
registerEnumType(HandKindEnum, { name: 'HandKind' });

/** A raised hand: a request for the floor, for one's delegation. */
@ObjectType()
@Entity('hand')
@Index('ix_hand_session', ['sessionId'])
@Index('uq_hand_user_client', ['userId', 'clientId'], { unique: true })
export class Hand {
  @Field(() => ID)
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'uuid' })
  sessionId: string;

  @ManyToOne(() => ConsultationSession, { onDelete: 'CASCADE' })
  @JoinColumn()
  session?: Relation<ConsultationSession>;

  @Field(() => ID)
  @Column({ type: 'uuid' })
  userId: string;

  @Field(() => ConstituencyEnum)
  @Column({ type: 'varchar', length: 16 })
  constituency: Constituency;

  @Field(() => HandKindEnum)
  @Column({ type: 'varchar', length: 16, default: 'NORMAL' })
  kind: HandKind;

  @Column({ type: 'varchar', length: 64 })
  clientId: string;

  @Field(() => Date)
  @Column({ type: 'timestamptz' })
  raisedAt: Date;

  /** Set when the facilitator reorders the queue by hand. */
  @Field(() => Int, { nullable: true, description: 'Set when the facilitator reordered the queue: clients order a pushed queue from it.' })
  @Column({ type: 'integer', nullable: true })
  manualPosition: number | null;

  @Field(() => String, { description: 'WAITING, SPEAKING, DONE or LOWERED' })
  @Column({ type: 'varchar', length: 16, default: 'WAITING' })
  status: 'WAITING' | 'SPEAKING' | 'DONE' | 'LOWERED';
}
