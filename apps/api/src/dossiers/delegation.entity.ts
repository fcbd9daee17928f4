import { Field, ID, ObjectType } from '@nestjs/graphql';
import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, type Relation } from 'typeorm';
import type { Constituency } from '@tripart/contracts';
import { ConstituencyEnum } from '../people/organization.entity';
import { Dossier } from './dossier.entity';

/** One constituency's team on a dossier. Every dossier has exactly three. */
@ObjectType()
@Entity('delegation')
@Index('uq_delegation_dossier_constituency', ['dossierId', 'constituency'], { unique: true })
export class Delegation {
  @Field(() => ID)
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'uuid' })
  dossierId: string;

  @ManyToOne(() => Dossier, { onDelete: 'CASCADE' })
  @JoinColumn()
  dossier?: Relation<Dossier>;

  @Field(() => ConstituencyEnum)
  @Column({ type: 'varchar', length: 16 })
  constituency: Constituency;
}
