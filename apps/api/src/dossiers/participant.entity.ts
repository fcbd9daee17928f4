import { Field, ID, ObjectType, registerEnumType } from '@nestjs/graphql';
import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, type Relation } from 'typeorm';
import { PARTICIPANT_ROLES, type ParticipantRole } from '@tripart/contracts';
import { enumFromList } from '../common/graphql-enum';
import { User } from '../people/user.entity';
import { Delegation } from './delegation.entity';
import { Dossier } from './dossier.entity';

export const ParticipantRoleEnum = enumFromList(PARTICIPANT_ROLES);
registerEnumType(ParticipantRoleEnum, { name: 'ParticipantRole' });

/**
 * A person's place in a dossier: a delegate (in exactly one delegation,
 * possibly its lead), a facilitator or an observer. One row per person and
 * dossier, so nobody sits in two delegations.
 */
@ObjectType()
@Entity('participant')
@Index('uq_participant_dossier_user', ['dossierId', 'userId'], { unique: true })
export class Participant {
  @Field(() => ID)
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'uuid' })
  dossierId: string;

  @ManyToOne(() => Dossier, { onDelete: 'CASCADE' })
  @JoinColumn()
  dossier?: Relation<Dossier>;

  @Index('ix_participant_user')
  @Column({ type: 'uuid' })
  userId: string;

  @ManyToOne(() => User, { onDelete: 'CASCADE' })
  @JoinColumn()
  user?: Relation<User>;

  @Field(() => ParticipantRoleEnum)
  @Column({ type: 'varchar', length: 16 })
  role: ParticipantRole;

  @Column({ type: 'uuid', nullable: true })
  delegationId: string | null;

  @ManyToOne(() => Delegation, { onDelete: 'CASCADE' })
  @JoinColumn()
  delegation?: Relation<Delegation>;

  @Field(() => Boolean, { description: 'Speaks for the delegation: submits its position, approves minutes.' })
  @Column({ type: 'boolean', default: false })
  isLead: boolean;

  @Field(() => Date)
  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;
}
