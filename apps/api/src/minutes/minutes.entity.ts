import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, type Relation } from 'typeorm';
import type { MinutesKind } from '@tripart/contracts';
import { ConsultationSession } from '../sessions/consultation-session.entity';

/**
 * A session's minutes, or an addendum to its sealed minutes. Their text is
 * in numbered revisions; once all four signatories approved one revision,
 * the minutes are sealed on it and never change again.
 */
@Entity('minutes')
@Index('ix_minutes_session', ['sessionId'])
@Index('uq_minutes_session_main', ['sessionId'], { unique: true, where: `kind = 'MINUTES'` })
export class Minutes {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'uuid' })
  dossierId: string;

  @Column({ type: 'uuid' })
  sessionId: string;

  @ManyToOne(() => ConsultationSession, { onDelete: 'CASCADE' })
  @JoinColumn()
  session?: Relation<ConsultationSession>;

  @Column({ type: 'varchar', length: 16, default: 'MINUTES' })
  kind: MinutesKind;

  /** For an addendum: the sealed minutes it adds to. */
  @Column({ type: 'uuid', nullable: true })
  addendumToId: string | null;

  @Column({ type: 'uuid' })
  createdById: string;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;

  @Column({ type: 'integer', nullable: true })
  sealedRevision: number | null;

  /** SHA-256 of the sealed revision's canonical content, as the audit chain records it. */
  @Column({ type: 'varchar', length: 64, nullable: true })
  sealHash: string | null;

  @Column({ type: 'timestamptz', nullable: true })
  sealedAt: Date | null;

  /** The audit event that recorded the seal. */
  @Column({ type: 'bigint', nullable: true })
  sealEventSeq: string | null;
}
