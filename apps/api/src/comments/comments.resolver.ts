import { Args, ID, Mutation, Resolver } from '@nestjs/graphql';
import { InDossier } from '../access/access-rule.decorator';
import type { Actor } from '../access/actor';
import { CurrentActor } from '../access/current-actor.decorator';
import type { DossierStanding } from '../access/dossier-policy';
import { CommentReader } from './comment-reader.service';
import type { Comment } from './comment.entity';
import { AddCommentInput, EditCommentInput } from './comment.inputs';
import { CommentView } from './comment.view';
import { CommentsService } from './comments.service';

@Resolver(() => CommentView)
export class CommentsResolver {
  constructor(
    private readonly comments: CommentsService,
    private readonly reader: CommentReader,
  ) {}

  @InDossier('dossier.read', 'commentWriteFor')
  @Mutation(() => CommentView, { description: 'Comment on a provision (or reply). DELEGATION: my delegation only; PLENARY: everyone on the dossier.' })
  async addComment(@CurrentActor() actor: Actor, @Args('input') input: AddCommentInput): Promise<CommentView> {
    return this.view(await this.comments.add(actor, input));
  }

  @InDossier('dossier.read', 'commentPermissions')
  @Mutation(() => CommentView, { description: 'Edit my comment; the earlier wording is kept in its history.' })
  async editComment(
    @CurrentActor() actor: Actor,
    @Args('id', { type: () => ID }) id: string,
    @Args('input') input: EditCommentInput,
  ): Promise<CommentView> {
    return this.view(await this.comments.edit(actor, id, input));
  }

  @InDossier('dossier.read', 'commentPermissions')
  @Mutation(() => CommentView, { description: 'Delete a comment: a tombstone stays in the thread.' })
  async deleteComment(@CurrentActor() actor: Actor, @Args('id', { type: () => ID }) id: string): Promise<CommentView> {
    return this.view(await this.comments.delete(actor, id));
  }

  @InDossier('dossier.read', 'commentPermissions')
  @Mutation(() => CommentView, { description: 'Resolve (or reopen) a thread.' })
  async resolveComment(
    @CurrentActor() actor: Actor,
    @Args('id', { type: () => ID }) id: string,
    @Args('resolved', { type: () => Boolean, defaultValue: true }) resolved: boolean,
  ): Promise<CommentView> {
    return this.view(await this.comments.resolve(actor, id, resolved));
  }

  private async view({ comment, standing }: { comment: Comment; standing: DossierStanding }): Promise<CommentView> {
    const [view] = await this.reader.present(standing, [comment]);
    return view;
  }
}
