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

  @Column({ name: 'dossier_id', type: 'uuid' })
  dossierId: string;

  @ManyToOne(() => Dossier, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'dossier_id' })
  dossier?: Relation<Dossier>;

  @Field(() => Int)
  @Column({ type: 'integer' })
  version: number;

  @Field(() => String, { nullable: true })
  @Column({ type: 'varchar', length: 300, nullable: true })
  title: string | null;

  @Field(() => String, { description: 'DOCX, TEXT, MARKDOWN or AKN' })
  @Column({ name: 'source_format', type: 'varchar', length: 16 })
  sourceFormat: string;

  @Field(() => String)
  @Column({ name: 'source_filename', type: 'varchar', length: 255 })
  sourceFilename: string;

  @Field(() => String, { nullable: true, description: 'Language of the legal text (BCP 47), when known.' })
  @Column({ type: 'varchar', length: 16, nullable: true })
  language: string | null;

  @Column({ name: 'imported_by_id', type: 'uuid', nullable: true })
  importedById: string | null;

  @ManyToOne(() => User, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'imported_by_id' })
  importedBy?: Relation<User>;

  @Field(() => Date)
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;
}
