import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, type Relation } from 'typeorm';
import { Comment } from './comment.entity';

/** What a comment said before an edit. */
@Entity('comment_revision')
@Index('ix_comment_revision_comment', ['commentId'])
export class CommentRevision {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'comment_id', type: 'uuid' })
  commentId: string;

  @ManyToOne(() => Comment, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'comment_id' })
  comment?: Relation<Comment>;

  @Column({ type: 'text' })
  body: string;

  @Column({ name: 'suggested_text', type: 'text', nullable: true })
  suggestedText: string | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;
}
