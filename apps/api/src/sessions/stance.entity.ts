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

  @Column({ name: 'session_id', type: 'uuid' })
  sessionId: string;

  @Field(() => ID)
  @Column({ name: 'round_id', type: 'uuid' })
  roundId: string;

  @Field(() => ID)
  @Column({ name: 'agenda_item_id', type: 'uuid' })
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

  @Column({ name: 'declared_by_id', type: 'uuid' })
  declaredById: string;

  @Field(() => Date)
  @Column({ name: 'declared_at', type: 'timestamptz' })
  declaredAt: Date;
}
