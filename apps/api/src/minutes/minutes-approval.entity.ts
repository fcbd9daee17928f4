import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, type Relation } from 'typeorm';
import type { MinutesDecision, MinutesSignatory } from '@tripart/contracts';
import { MinutesRevision } from './minutes-revision.entity';

/** One signatory's decision on one revision: a side's lead for the side, or the facilitator. Decided again, it replaces the earlier one. */
@Entity('minutes_approval')
@Index('uq_minutes_approval_signatory', ['revisionId', 'signatory'], { unique: true })
export class MinutesApproval {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'uuid' })
  revisionId: string;

  @ManyToOne(() => MinutesRevision, { onDelete: 'CASCADE' })
  @JoinColumn()
  revision?: Relation<MinutesRevision>;

  @Column({ type: 'varchar', length: 16 })
  signatory: MinutesSignatory;

  @Column({ type: 'varchar', length: 24 })
  decision: MinutesDecision;

  @Column({ type: 'text', default: '' })
  comment: string;

  @Column({ type: 'uuid' })
  userId: string;

  @Column({ type: 'timestamptz' })
  decidedAt: Date;
}
