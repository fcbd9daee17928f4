import { Field, ID, ObjectType } from '@nestjs/graphql';
import { Column, CreateDateColumn, Entity, JoinColumn, ManyToOne, PrimaryGeneratedColumn, type Relation } from 'typeorm';
import type { PlatformRole } from '@tripart/contracts';
import { Organization } from './organization.entity';
import { PlatformRoleEnum, User } from './user.entity';

/** A single-use link an administrator sends to a person to join. Only the token's hash is stored. */
@ObjectType()
@Entity('invitation')
export class Invitation {
  @Field(() => ID)
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Field(() => String)
  @Column({ type: 'varchar', length: 254 })
  email: string;

  @Field(() => String)
  @Column({ type: 'varchar', length: 120 })
  displayName: string;

  @Field(() => PlatformRoleEnum)
  @Column({ type: 'varchar', length: 8, default: 'MEMBER' })
  role: PlatformRole;

  /** None for the first administrator, invited before any organization exists. */
  @Column({ type: 'uuid', nullable: true })
  organizationId: string | null;

  @ManyToOne(() => Organization, { onDelete: 'CASCADE' })
  @JoinColumn()
  organization?: Relation<Organization>;

  @Column({ type: 'varchar', length: 64, unique: true })
  tokenHash: string;

  @Field(() => Date)
  @Column({ type: 'timestamptz' })
  expiresAt: Date;

  @Field(() => Date, { nullable: true })
  @Column({ type: 'timestamptz', nullable: true })
  acceptedAt: Date | null;

  @Column({ type: 'uuid', nullable: true })
  createdById: string | null;

  @ManyToOne(() => User, { onDelete: 'SET NULL' })
  @JoinColumn()
  createdBy?: Relation<User>;

  @Field(() => Date)
  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;
}
