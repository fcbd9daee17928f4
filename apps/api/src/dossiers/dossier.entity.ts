import { Field, ID, ObjectType, registerEnumType } from '@nestjs/graphql';
import {
  Column,
  CreateDateColumn,
  Entity,
  JoinColumn,
  JoinTable,
  ManyToMany,
  ManyToOne,
  PrimaryGeneratedColumn,
  UpdateDateColumn,
  type Relation,
} from 'typeorm';
import { C144_SUBJECTS, DOSSIER_KINDS, DOSSIER_STATUSES, type C144Subject, type DossierKind, type DossierStatus } from '@tripart/contracts';
import { enumFromList } from '../common/graphql-enum';
import { User } from '../people/user.entity';
import { Convention } from '../reference/convention.entity';
import { Country } from '../reference/country.entity';

export const DossierKindEnum = enumFromList(DOSSIER_KINDS);
registerEnumType(DossierKindEnum, { name: 'DossierKind' });
export const DossierStatusEnum = enumFromList(DOSSIER_STATUSES);
registerEnumType(DossierStatusEnum, { name: 'DossierStatus' });
export const C144SubjectEnum = enumFromList(C144_SUBJECTS);
registerEnumType(C144SubjectEnum, { name: 'C144Subject', description: 'What the consultation concerns under ILO C144, Article 5(1), items (a) to (e).' });

/** One matter put to tripartite consultation in one country. */
@ObjectType()
@Entity('dossier')
export class Dossier {
  @Field(() => ID)
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Field(() => String)
  @Column({ type: 'varchar', length: 300 })
  title: string;

  @Field(() => String)
  @Column({ type: 'text', default: '' })
  summary: string;

  @Field(() => DossierKindEnum)
  @Column({ type: 'varchar', length: 24 })
  kind: DossierKind;

  @Field(() => DossierStatusEnum)
  @Column({ type: 'varchar', length: 16, default: 'PREPARATION' })
  status: DossierStatus;

  @Field(() => C144SubjectEnum, { nullable: true, description: 'The C144 Article 5(1) item (a–e) the dossier concerns; none for, say, a labour-law reform.' })
  @Column({ type: 'varchar', length: 32, nullable: true })
  c144Subject: C144Subject | null;

  @Column({ type: 'varchar', length: 2 })
  countryCode: string;

  @ManyToOne(() => Country, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'country_code' })
  country?: Relation<Country>;

  @Field(() => Date, { nullable: true, description: 'Comments are welcome until then.' })
  @Column({ type: 'timestamptz', nullable: true })
  commentsDeadline: Date | null;

  @Field(() => Boolean, { description: 'Whether observers may write (plenary) comments.' })
  @Column({ type: 'boolean', default: false })
  observersMayComment: boolean;

  @ManyToMany(() => Convention)
  @JoinTable({
    name: 'dossier_convention',
    joinColumn: { name: 'dossier_id', referencedColumnName: 'id' },
    inverseJoinColumn: { name: 'convention_code', referencedColumnName: 'code' },
  })
  conventions?: Relation<Convention[]>;

  @Column({ type: 'uuid', nullable: true })
  createdById: string | null;

  @ManyToOne(() => User, { onDelete: 'SET NULL' })
  @JoinColumn()
  createdBy?: Relation<User>;

  @Field(() => Date)
  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;

  @Field(() => Date)
  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt: Date;
}
