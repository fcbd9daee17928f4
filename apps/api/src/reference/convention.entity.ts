import { Field, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { Column, Entity, PrimaryColumn } from 'typeorm';
import { CONVENTION_CATEGORIES, type ConventionCategory } from '@tripart/contracts';
import { enumFromList } from '../common/graphql-enum';

export const ConventionCategoryEnum = enumFromList(CONVENTION_CATEGORIES);
registerEnumType(ConventionCategoryEnum, { name: 'ConventionCategory' });

@ObjectType({ description: 'An ILO instrument (convention or protocol).' })
@Entity('convention')
export class Convention {
  @Field(() => ID, { description: 'C087, P029, ...' })
  @PrimaryColumn({ type: 'varchar', length: 8 })
  code: string;

  @Column({ type: 'varchar', length: 200 })
  titleEn: string;

  @Column({ type: 'varchar', length: 200 })
  titleFr: string;

  @Column({ type: 'varchar', length: 200 })
  titleEs: string;

  @Field(() => Int)
  @Column({ type: 'integer' })
  year: number;

  @Field(() => ConventionCategoryEnum)
  @Column({ type: 'varchar', length: 16 })
  category: ConventionCategory;

  @Field(() => String, { nullable: true, description: 'The fundamental principle or governance area it serves.' })
  @Column({ type: 'varchar', length: 120, nullable: true })
  principle: string | null;

  @Field(() => Int, { nullable: true, description: 'Year it became fundamental (C155 and C187: 2022).' })
  @Column({ type: 'integer', nullable: true })
  fundamentalSince: number | null;
}
