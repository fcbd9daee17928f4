import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, type Relation } from 'typeorm';
import { Comment } from './comment.entity';

/** What a comment said before an edit. */
@Entity('comment_revision')
@Index('ix_comment_revision_comment', ['commentId'])
export class CommentRevision {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'uuid' })
  commentId: string;

  @ManyToOne(() => Comment, { onDelete: 'CASCADE' })
  @JoinColumn()
  comment?: Relation<Comment>;

  @Column({ type: 'text' })
  body: string;

  @Column({ type: 'text', nullable: true })
  suggestedText: string | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;
}
