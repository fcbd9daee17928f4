import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, type Relation } from 'typeorm';
import { User } from '../../people/user.entity';
import { Dossier } from '../dossier.entity';

/** A version of the dossier's text, imported whole. */
@ObjectType()
@Entity('draft')
@Index('uq_draft_dossier_version', ['dossierId', 'version'], { unique: true })
export class Draft {
  @Field(() => ID)
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'uuid' })
  dossierId: string;

  @ManyToOne(() => Dossier, { onDelete: 'CASCADE' })
  @JoinColumn()
  dossier?: Relation<Dossier>;

  @Field(() => Int)
  @Column({ type: 'integer' })
  version: number;

  @Field(() => String, { nullable: true })
  @Column({ type: 'varchar', length: 300, nullable: true })
  title: string | null;

  @Field(() => String, { description: 'DOCX, TEXT, MARKDOWN or AKN' })
  @Column({ type: 'varchar', length: 16 })
  sourceFormat: string;

  @Field(() => String)
  @Column({ type: 'varchar', length: 255 })
  sourceFilename: string;

  @Field(() => String, { nullable: true, description: 'Language of the legal text (BCP 47), when known.' })
  @Column({ type: 'varchar', length: 16, nullable: true })
  language: string | null;

  @Column({ type: 'uuid', nullable: true })
  importedById: string | null;

  @ManyToOne(() => User, { onDelete: 'SET NULL' })
  @JoinColumn()
  importedBy?: Relation<User>;

  @Field(() => Date)
  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;
}
