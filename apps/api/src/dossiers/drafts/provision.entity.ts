import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import type { DiffPart } from '@tripart/contracts';
import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, type Relation } from 'typeorm';
import { Draft } from './draft.entity';
import { TextMark } from './draft.types';

/**
 * A unit of a draft in document order: a container (part, chapter, ...), an
 * article or one of its paragraphs. `key` is stable across versions where
 * the source gives one (the Akoma Ntoso eId).
 */
@ObjectType()
@Entity('provision')
@Index('uq_provision_draft_key', ['draftId', 'key'], { unique: true })
@Index('ix_provision_draft_position', ['draftId', 'position'])
export class Provision {
  @Field(() => ID)
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'uuid' })
  draftId: string;

  @ManyToOne(() => Draft, { onDelete: 'CASCADE' })
  @JoinColumn()
  draft?: Relation<Draft>;

  @Field(() => ID, { nullable: true })
  @Column({ type: 'uuid', nullable: true })
  parentId: string | null;

  @ManyToOne(() => Provision, { onDelete: 'CASCADE' })
  @JoinColumn()
  parent?: Relation<Provision>;

  @Field(() => String, { description:
      'PART, TITLE, CHAPTER, SECTION, DIVISION, SCHEDULE or PREAMBLE (containers); RECITAL, a recital of the preamble; ARTICLE, the numbered unit whatever the draft calls it (article, section, rule, regulation, clause, an amendment); PARAGRAPH; or CONCLUSIONS, the closing block (place, date, signatures)' })
  @Column({ type: 'varchar', length: 16 })
  kind: string;

  @Field(() => String)
  @Column({ type: 'varchar', length: 200 })
  key: string;

  @Field(() => String, { nullable: true })
  @Column({ type: 'varchar', length: 100, nullable: true })
  number: string | null;

  @Field(() => String, { nullable: true })
  @Column({ type: 'text', nullable: true })
  heading: string | null;

  @Field(() => String)
  @Column({ type: 'text', default: '' })
  text: string;

  @Field(() => [String])
  @Column({ type: 'jsonb', default: [] })
  notes: string[];

  @Field(() => [TextMark], { description: 'Emphasis, references and definitions in `text`, as ranges of it; the text itself is plain.' })
  @Column({ type: 'jsonb', default: [] })
  marks: TextMark[];

  @Field(() => Int, { description: 'Place in document order, from 0.' })
  @Column({ type: 'integer' })
  position: number;

  @Field(() => Int)
  @Column({ type: 'integer', default: 0 })
  depth: number;

  @Field(() => ID, { nullable: true, description: 'The matching provision of the previous version, if any.' })
  @Column({ type: 'uuid', nullable: true })
  previousId: string | null;

  @Field(() => String, { nullable: true, description: 'How it was matched: KEY, NUMBER or SIMILARITY.' })
  @Column({ type: 'varchar', length: 16, nullable: true })
  matchedBy: string | null;

  /**
   * Word-level changes from the previous version's provision, computed once
   * at import ([] when the text is unchanged). Null without a predecessor, or
   * for rows imported before diffs were stored (then computed when asked).
   */
  @Column({ type: 'jsonb', nullable: true })
  wordDiff: DiffPart[] | null;
}

/** A provision read with the dossier of its draft (the reader's reads), so what is read beside it needs no query to find the dossier. */
export type ProvisionOfDossier = Provision & { dossierId?: string };
