import { Field, ID, ObjectType } from '@nestjs/graphql';
import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, type Relation } from 'typeorm';
import { User } from '../people/user.entity';
import { Delegation } from './delegation.entity';
import { Dossier } from './dossier.entity';

/**
 * A person proposed for a delegation by someone outside it (a facilitator
 * setting the dossier up): they join only when a lead of that delegation
 * confirms (ILO C144 Art. 3 — each side chooses its own representatives).
 * Confirmed or declined, the request goes; the audit trail keeps both.
 */
@ObjectType()
@Entity('delegation_request')
@Index('uq_delegation_request_dossier_user', ['dossierId', 'userId'], { unique: true })
export class DelegationRequest {
  @Field(() => ID)
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'uuid' })
  dossierId: string;

  @ManyToOne(() => Dossier, { onDelete: 'CASCADE' })
  @JoinColumn()
  dossier?: Relation<Dossier>;

  @Index('ix_delegation_request_delegation')
  @Column({ type: 'uuid' })
  delegationId: string;

  @ManyToOne(() => Delegation, { onDelete: 'CASCADE' })
  @JoinColumn()
  delegation?: Relation<Delegation>;

  @Column({ type: 'uuid' })
  userId: string;

  @ManyToOne(() => User, { onDelete: 'CASCADE' })
  @JoinColumn()
  user?: Relation<User>;

  @Field(() => Boolean, { description: 'Proposed as a lead of the delegation.' })
  @Column({ type: 'boolean', default: false })
  lead: boolean;

  @Column({ type: 'uuid' })
  requestedById: string;

  @ManyToOne(() => User, { onDelete: 'CASCADE' })
  @JoinColumn()
  requestedBy?: Relation<User>;

  @Field(() => Date)
  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;
}
