import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, UpdateDateColumn, type Relation } from 'typeorm';
import type { RatificationStatus } from '@tripart/contracts';
import { Convention } from '../reference/convention.entity';
import { Country } from '../reference/country.entity';

/** A country's standing towards one ILO instrument: its register entry, as NORMLEX states it. */
@Entity('ratification')
@Index('uq_ratification_country_instrument', ['countryCode', 'conventionCode'], { unique: true })
export class Ratification {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'varchar', length: 2 })
  countryCode: string;

  @ManyToOne(() => Country, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'country_code' })
  country?: Relation<Country>;

  @Column({ type: 'varchar', length: 8 })
  conventionCode: string;

  @ManyToOne(() => Convention, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'convention_code' })
  convention?: Relation<Convention>;

  @Column({ type: 'varchar', length: 16 })
  status: RatificationStatus;

  /** ISO dates (YYYY-MM-DD), as registered by the ILO. */
  @Column({ type: 'date', nullable: true })
  ratifiedOn: string | null;

  @Column({ type: 'date', nullable: true })
  denouncedOn: string | null;

  /** The later convention whose ratification denounced this one automatically (C005 by C138). */
  @Column({ type: 'varchar', length: 8, nullable: true })
  denouncedBy: string | null;

  @Column({ type: 'boolean', default: false })
  automaticDenunciation: boolean;

  /** The Conference's decision that abrogated the instrument. */
  @Column({ type: 'text', nullable: true })
  abrogation: string | null;

  /** What the country declared or specified ("Minimum age specified: 16 years"). */
  @Column({ type: 'jsonb', default: [] })
  declarations: string[];

  @Column({ type: 'text', nullable: true })
  note: string | null;

  /** The RATIFICATION dossier that consulted the three sides on it, when there was one. */
  @Column({ type: 'uuid', nullable: true })
  dossierId: string | null;

  @Column({ type: 'uuid', nullable: true })
  updatedById: string | null;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt: Date;
}
