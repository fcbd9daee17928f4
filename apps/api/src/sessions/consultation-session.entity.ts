import { Field, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, type Relation } from 'typeorm';
import { QUEUE_MODES, SESSION_STATUSES, type Constituency, type QueueMode, type SessionStatus } from '@tripart/contracts';
import { enumFromList } from '../common/graphql-enum';
import { Dossier } from '../dossiers/dossier.entity';
import { ConstituencyEnum } from '../people/organization.entity';

export const SessionStatusEnum = enumFromList(SESSION_STATUSES);
registerEnumType(SessionStatusEnum, { name: 'SessionStatus' });
export const QueueModeEnum = enumFromList(QUEUE_MODES);
registerEnumType(QueueModeEnum, { name: 'QueueMode' });

/**
 * A live meeting on a dossier. All of its state is here and in its child
 * tables; sockets only carry changes. `seq` grows by one per change.
 */
@ObjectType('ConsultationSession')
@Entity('consultation_session')
@Index('ix_session_dossier', ['dossierId'])
export class ConsultationSession {
  @Field(() => ID)
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Field(() => ID)
  @Column({ type: 'uuid' })
  dossierId: string;

  @ManyToOne(() => Dossier, { onDelete: 'CASCADE' })
  @JoinColumn()
  dossier?: Relation<Dossier>;

  @Field(() => String)
  @Column({ type: 'varchar', length: 300 })
  title: string;

  @Field(() => Date)
  @Column({ type: 'timestamptz' })
  startsAt: Date;

  @Field(() => Date)
  @Column({ type: 'timestamptz' })
  endsAt: Date;

  @Field(() => String, { nullable: true })
  @Column({ type: 'varchar', length: 300, nullable: true })
  place: string | null;

  @Field(() => String, { nullable: true })
  @Column({ type: 'varchar', length: 500, nullable: true })
  meetingUrl: string | null;

  @Field(() => SessionStatusEnum)
  @Column({ type: 'varchar', length: 16, default: 'SCHEDULED' })
  status: SessionStatus;

  @Field(() => Int, { description: 'Sequence number of the last change.' })
  @Column({ type: 'integer', default: 0 })
  seq: number;

  @Field(() => QueueModeEnum)
  @Column({ type: 'varchar', length: 16, default: 'ROTATION' })
  queueMode: QueueMode;

  @Field(() => ConstituencyEnum, { nullable: true, description: 'The side that spoke last: rotation starts after it.' })
  @Column({ type: 'varchar', length: 16, nullable: true })
  lastSpeakerSide: Constituency | null;

  @Field(() => ID, { nullable: true })
  @Column({ type: 'uuid', nullable: true })
  currentRoundId: string | null;

  @Field(() => ID, { nullable: true, description: 'The hand that has the floor.' })
  @Column({ type: 'uuid', nullable: true })
  floorHandId: string | null;

  @Field(() => Date, { nullable: true })
  @Column({ type: 'timestamptz', nullable: true })
  floorSince: Date | null;

  @Field(() => Date, { nullable: true, description: 'When the speaker’s time ends (server clock).' })
  @Column({ type: 'timestamptz', nullable: true })
  floorDeadline: Date | null;

  @Column({ type: 'uuid', nullable: true })
  createdById: string | null;

  @Field(() => Date)
  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;
}
