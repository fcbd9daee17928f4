import { Field, ID, ObjectType } from '@nestjs/graphql';
import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, type Relation } from 'typeorm';
import { User } from '../../people/user.entity';
import { Convention } from '../../reference/convention.entity';
import { Provision } from './provision.entity';

/** The gap analysis: a provision addresses an article of a convention, with a note on what is missing. */
@ObjectType()
@Entity('convention_link')
@Index('uq_convention_link', ['provisionId', 'conventionCode', 'article'], { unique: true })
export class ConventionLink {
  @Field(() => ID)
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Field(() => ID)
  @Column({ type: 'uuid' })
  provisionId: string;

  @ManyToOne(() => Provision, { onDelete: 'CASCADE' })
  @JoinColumn()
  provision?: Relation<Provision>;

  @Field(() => String)
  @Column({ type: 'varchar', length: 8 })
  conventionCode: string;

  @ManyToOne(() => Convention, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'convention_code' })
  convention?: Relation<Convention>;

  @Field(() => String, { description: 'Article of the convention, e.g. "3" or "4(1)".' })
  @Column({ type: 'varchar', length: 20 })
  article: string;

  @Field(() => String, { description: 'What the provision lacks to comply; empty when it complies.' })
  @Column({ type: 'text', default: '' })
  gapNote: string;

  // Set when the link was carried to a new version whose provision reads differently: the gap note may no longer hold.
  @Field(() => Boolean, { description: 'Carried from the previous version to a provision whose text changed: the gap note awaits a facilitator’s review.' })
  @Column({ type: 'boolean', default: false })
  needsReview: boolean;

  @Column({ type: 'uuid', nullable: true })
  createdById: string | null;

  @ManyToOne(() => User, { onDelete: 'SET NULL' })
  @JoinColumn()
  createdBy?: Relation<User>;

  @Field(() => Date)
  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;
}
