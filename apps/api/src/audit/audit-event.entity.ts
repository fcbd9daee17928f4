import { Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';
import type { AuditAudience } from './audit-audience';

/**
 * An act of consequence, append-only. Events form one SHA-256 chain per
 * dossier (and one, `system`, for those of no dossier): each event's hash
 * covers its content and the previous event's hash in its chain, so that any
 * edit, deletion or reordering breaks the chain at that event.
 */
@Entity('audit_event')
@Index('ux_audit_event_chain_seq', ['chain', 'chainSeq'], { unique: true })
export class AuditEvent {
  /** The event's id, global and increasing (the evidence pack cites it). */
  @PrimaryGeneratedColumn('identity', { type: 'bigint', generatedIdentity: 'ALWAYS' })
  seq: string;

  /** The dossier's id, or `system`. */
  @Column({ type: 'varchar', length: 36 })
  chain: string;

  /** Its place in its chain: 1, 2, 3… */
  @Column({ type: 'bigint' })
  chainSeq: string;

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

  /** Who may read it in the dossier's activity log (the policy's `mayReadAuditEvent`). */
  @Column({ type: 'varchar', length: 24, default: 'DOSSIER' })
  audience: AuditAudience;

  /** The delegation a DELEGATION or DELEGATION_AND_MANAGERS event belongs to. */
  @Column({ type: 'uuid', nullable: true })
  delegationId: string | null;

  @Column({ type: 'jsonb', default: {} })
  data: Record<string, unknown>;

  @Column({ type: 'varchar', length: 64 })
  prevHash: string;

  @Column({ type: 'varchar', length: 64 })
  hash: string;
}
