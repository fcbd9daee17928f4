import { Field, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, type Relation } from 'typeorm';
import { ROUND_KINDS, type RoundKind } from '@tripart/contracts';
import { enumFromList } from '../common/graphql-enum';
import { AgendaItem } from './agenda-item.entity';
import { ConsultationSession } from './consultation-session.entity';

export const RoundKindEnum = enumFromList(ROUND_KINDS);
registerEnumType(RoundKindEnum, { name: 'RoundKind' });

@ObjectType()
@Entity('round')
@Index('ix_round_session', ['sessionId'])
export class Round {
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
  agendaItemId: string;

  @ManyToOne(() => AgendaItem, { onDelete: 'CASCADE' })
  @JoinColumn()
  agendaItem?: Relation<AgendaItem>;

  @Field(() => RoundKindEnum)
  @Column({ type: 'varchar', length: 24 })
  kind: RoundKind;

  @Field(() => Int)
  @Column({ type: 'integer' })
  speakingSeconds: number;

  @Field(() => Date)
  @Column({ type: 'timestamptz' })
  openedAt: Date;

  @Field(() => Date, { nullable: true })
  @Column({ type: 'timestamptz', nullable: true })
  closedAt: Date | null;

  @Field(() => Date, { nullable: true, description: 'End of a caucus break.' })
  @Column({ type: 'timestamptz', nullable: true })
  caucusEndsAt: Date | null;
}
