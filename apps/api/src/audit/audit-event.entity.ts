import { Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

/**
 * An act of consequence, append-only. Each event's hash covers its content
 * and the previous event's hash, so that any edit or deletion breaks the chain.
 */
@Entity('audit_event')
export class AuditEvent {
  @PrimaryGeneratedColumn('identity', { type: 'bigint', generatedIdentity: 'ALWAYS' })
  seq: string;

  @Column({ type: 'timestamptz' })
  at: Date;

  @Column({ type: 'uuid', nullable: true })
  actorId: string | null;

  @Column({ type: 'varchar', length: 64 })
  action: string;

  @Index('ix_audit_event_subject')
  @Column({ type: 'uuid', nullable: true })
  subjectId: string | null;

  @Index('ix_audit_event_dossier')
  @Column({ type: 'uuid', nullable: true })
  dossierId: string | null;

  @Column({ type: 'jsonb', default: {} })
  data: Record<string, unknown>;

  @Column({ type: 'varchar', length: 64 })
  prevHash: string;

  @Column({ type: 'varchar', length: 64 })
  hash: string;
}
