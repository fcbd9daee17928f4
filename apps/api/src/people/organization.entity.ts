import { Field, ID, ObjectType, registerEnumType } from '@nestjs/graphql';
import { Column, CreateDateColumn, Entity, JoinColumn, ManyToOne, PrimaryGeneratedColumn, UpdateDateColumn, type Relation } from 'typeorm';
import { CONSTITUENCIES, ORGANIZATION_KINDS, type OrganizationKind } from '@tripart/contracts';
import { enumFromList } from '../common/graphql-enum';
import { Country } from '../reference/country.entity';

export const OrganizationKindEnum = enumFromList(ORGANIZATION_KINDS);
registerEnumType(OrganizationKindEnum, { name: 'OrganizationKind' });
export const ConstituencyEnum = enumFromList(CONSTITUENCIES);
registerEnumType(ConstituencyEnum, { name: 'Constituency' });

@ObjectType({ description: 'A ministry, federation, confederation, ILO office or partner.' })
@Entity('organization')
export class Organization {
  @Field(() => ID)
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Field(() => String)
  @Column({ type: 'varchar', length: 200 })
  name: string;

  @Field(() => String, { nullable: true })
  @Column({ type: 'varchar', length: 20, nullable: true })
  acronym: string | null;

  @Field(() => OrganizationKindEnum)
  @Column({ type: 'varchar', length: 16 })
  kind: OrganizationKind;

  @Column({ type: 'varchar', length: 2 })
  countryCode: string;

  @ManyToOne(() => Country, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'country_code' })
  country?: Relation<Country>;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt: Date;
}
