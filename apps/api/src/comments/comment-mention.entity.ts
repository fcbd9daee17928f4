import { Entity, Index, JoinColumn, ManyToOne, PrimaryColumn, type Relation } from 'typeorm';
import { User } from '../people/user.entity';
import { Comment } from './comment.entity';

/** A participant named with @ in a comment. */
@Entity('comment_mention')
@Index('idx_comment_mention_user', ['userId']) // "my mentions"

export class CommentMention {
  @PrimaryColumn({ type: 'uuid' })
  commentId: string;

  @ManyToOne(() => Comment, { onDelete: 'CASCADE' })
  @JoinColumn()
  comment?: Relation<Comment>;

  @PrimaryColumn({ type: 'uuid' })
  userId: string;

  @ManyToOne(() => User, { onDelete: 'CASCADE' })
  @JoinColumn()
  user?: Relation<User>;
}
