import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, type Relation } from 'typeorm';
import type { MinutesContent } from '@tripart/contracts';
import { Minutes } from './minutes.entity';

/** One numbered revision of minutes. The newest may be edited until it is sent for approval; a sent one never changes. */
@Entity('minutes_revision')
@Index('uq_minutes_revision_number', ['minutesId', 'number'], { unique: true })
export class MinutesRevision {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'uuid' })
  minutesId: string;

  @ManyToOne(() => Minutes, { onDelete: 'CASCADE' })
  @JoinColumn()
  minutes?: Relation<Minutes>;

  @Column({ type: 'integer' })
  number: number;

  @Column({ type: 'jsonb' })
  content: MinutesContent;

  @Column({ type: 'uuid' })
  createdById: string;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;

  @Column({ type: 'timestamptz', nullable: true })
  sentAt: Date | null;
}
