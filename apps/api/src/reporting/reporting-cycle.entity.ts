import { Column, Entity, PrimaryColumn, UpdateDateColumn } from 'typeorm';
import type { ReportingCycleSettings } from '@tripart/contracts';

/** The reporting cycle's settings as an administrator set them (one row; none: the defaults). */
@Entity('reporting_cycle')
export class ReportingCycle {
  @PrimaryColumn({ type: 'smallint' })
  id: number;

  @Column({ type: 'jsonb' })
  settings: ReportingCycleSettings;

  @Column({ type: 'uuid', nullable: true })
  updatedById: string | null;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt: Date;
}
