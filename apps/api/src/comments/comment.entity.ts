import { registerEnumType } from '@nestjs/graphql';
import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, type Relation } from 'typeorm';
import { COMMENT_VISIBILITIES, type CommentVisibility } from '@tripart/contracts';
import { enumFromList } from '../common/graphql-enum';
import { Delegation } from '../dossiers/delegation.entity';
import { Dossier } from '../dossiers/dossier.entity';
import { Provision } from '../dossiers/drafts/provision.entity';
import { User } from '../people/user.entity';

export const CommentVisibilityEnum = enumFromList(COMMENT_VISIBILITIES);
registerEnumType(CommentVisibilityEnum, { name: 'CommentVisibility' });

/**
 * A comment on a provision, optionally on a quoted passage of it. Replies
 * point at the thread's first comment and share its visibility: a
 * DELEGATION thread is seen by the author's delegation only.
 */
@Entity('comment')
@Index('uq_comment_author_client', ['authorId', 'clientId'], { unique: true })
@Index('ix_comment_provision', ['provisionId'])
@Index('ix_comment_dossier', ['dossierId'])
export class Comment {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'uuid' })
  dossierId: string;

  @ManyToOne(() => Dossier, { onDelete: 'CASCADE' })
  @JoinColumn()
  dossier?: Relation<Dossier>;

  /** Where the comment stands now: re-anchored to later versions while its quote is found. */
  @Column({ type: 'uuid' })
  provisionId: string;

  @ManyToOne(() => Provision, { onDelete: 'CASCADE' })
  @JoinColumn()
  provision?: Relation<Provision>;

  @Column({ type: 'boolean', default: false })
  onPreviousVersion: boolean;

  @Column({ type: 'uuid', nullable: true })
  parentId: string | null;

  @ManyToOne(() => Comment, { onDelete: 'CASCADE' })
  @JoinColumn()
  parent?: Relation<Comment>;

  @Column({ type: 'uuid' })
  authorId: string;

  @ManyToOne(() => User, { onDelete: 'RESTRICT' })
  @JoinColumn()
  author?: Relation<User>;

  /** The author's delegation when written; null for facilitators and observers. */
  @Column({ type: 'uuid', nullable: true })
  delegationId: string | null;

  @ManyToOne(() => Delegation, { onDelete: 'SET NULL' })
  @JoinColumn()
  delegation?: Relation<Delegation>;

  @Column({ type: 'varchar', length: 16 })
  visibility: CommentVisibility;

  @Column({ type: 'text' })
  body: string;

  @Column({ type: 'text', nullable: true })
  quoteExact: string | null;

  @Column({ type: 'text', nullable: true })
  quotePrefix: string | null;

  @Column({ type: 'text', nullable: true })
  quoteSuffix: string | null;

  @Column({ type: 'text', nullable: true })
  suggestedText: string | null;

  @Column({ type: 'timestamptz', nullable: true })
  resolvedAt: Date | null;

  @Column({ type: 'uuid', nullable: true })
  resolvedById: string | null;

  @Column({ type: 'timestamptz', nullable: true })
  editedAt: Date | null;

  @Column({ type: 'timestamptz', nullable: true })
  deletedAt: Date | null;

  @Column({ type: 'varchar', length: 64, nullable: true })
  clientId: string | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;
}
