import { Field, ID, ObjectType, registerEnumType } from '@nestjs/graphql';
import { Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';
import { STANCES, type Constituency, type SideStance } from '@tripart/contracts';
import { enumFromList } from '../common/graphql-enum';
import { ConstituencyEnum } from '../people/organization.entity';

export const SideStanceEnum = enumFromList(STANCES);
registerEnumType(SideStanceEnum, { name: 'SideStance' });

/** A side's stance on an agenda item in a consensus check, declared by its lead. */
@ObjectType('StanceDeclaration')
@Entity('stance')
@Index('uq_stance_round_side', ['roundId', 'constituency'], { unique: true })
export class Stance {
  @Field(() => ID)
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Index('ix_stance_session')
  @Column({ type: 'uuid' })
  sessionId: string;

  @Field(() => ID)
  @Column({ type: 'uuid' })
  roundId: string;

  @Index('ix_stance_item')
  @Field(() => ID)
  @Column({ type: 'uuid' })
  agendaItemId: string;

  @Field(() => ConstituencyEnum)
  @Column({ type: 'varchar', length: 16 })
  constituency: Constituency;

  @Field(() => SideStanceEnum)
  @Column({ type: 'varchar', length: 32 })
  stance: SideStance;

  @Field(() => String)
  @Column({ type: 'text', default: '' })
  reservation: string;

  @Column({ type: 'uuid' })
  declaredById: string;

  @Field(() => Date)
  @Column({ type: 'timestamptz' })
  declaredAt: Date;
}
