import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, UpdateDateColumn, type Relation } from 'typeorm';
import { Dossier } from '../dossiers/dossier.entity';
import { Submission } from '../positions/submission.entity';
import type { Constituency, ResponseStatus, ResponseVerdict } from '@tripart/contracts';

/**
 * The government's response to one contribution: a provision of one
 * submission. A DRAFT is the government delegation's own work (no one else
 * reads it); RECORDED, it is read by everyone seated on the dossier.
 */
@Entity('contribution_response')
@Index('uq_contribution_response', ['submissionId', 'provisionId'], { unique: true })
export class ContributionResponse {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Index('ix_contribution_response_dossier')
  @Column({ type: 'uuid' })
  dossierId: string;

  @ManyToOne(() => Dossier, { onDelete: 'CASCADE' })
  @JoinColumn()
  dossier?: Relation<Dossier>;

  @Column({ type: 'uuid' })
  submissionId: string;

  @ManyToOne(() => Submission, { onDelete: 'CASCADE' })
  @JoinColumn()
  submission?: Relation<Submission>;

  @Column({ type: 'uuid' })
  provisionId: string;

  /** The side whose contribution this answers. */
  @Column({ type: 'varchar', length: 16 })
  constituency: Constituency;

  @Column({ type: 'varchar', length: 16 })
  verdict: ResponseVerdict;

  @Column({ type: 'text', default: '' })
  reasons: string;

  @Column({ type: 'varchar', length: 16, default: 'DRAFT' })
  status: ResponseStatus;

  @Column({ type: 'uuid' })
  draftedById: string;

  @Column({ type: 'uuid', nullable: true })
  recordedById: string | null;

  @Column({ type: 'timestamptz', nullable: true })
  recordedAt: Date | null;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt: Date;
}
