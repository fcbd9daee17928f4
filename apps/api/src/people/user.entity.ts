import { Field, ID, ObjectType, registerEnumType } from '@nestjs/graphql';
import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';
import { PLATFORM_ROLES, type PlatformRole } from '@tripart/contracts';
import { enumFromList } from '../common/graphql-enum';

export const PlatformRoleEnum = enumFromList(PLATFORM_ROLES);
registerEnumType(PlatformRoleEnum, { name: 'PlatformRole' });

@ObjectType({ description: 'A person who signs in to Tripart.' })
@Entity('app_user')
export class User {
  @Field(() => ID)
  @PrimaryGeneratedColumn('uuid')
  id: string;

  /** Stored lower-cased: unique regardless of case. Shown through UsersResolver.email (personal data by need). */
  @Column({ type: 'varchar', length: 254, unique: true })
  email: string;

  @Field(() => String)
  @Column({ type: 'varchar', length: 120 })
  displayName: string;

  @Field(() => String)
  @Column({ type: 'varchar', length: 8, default: 'en' })
  locale: string;

  @Field(() => PlatformRoleEnum)
  @Column({ type: 'varchar', length: 8, default: 'MEMBER' })
  role: PlatformRole;

  @Field(() => Boolean)
  @Column({ type: 'boolean', default: false })
  disabled: boolean;

  @Column({ type: 'text' })
  passwordHash: string;

  @Field(() => Date)
  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt: Date;
}
