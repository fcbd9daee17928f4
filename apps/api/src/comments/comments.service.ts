import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import type { ServerEventPayload } from '@tripart/contracts';
import type { Actor } from '../access/actor';
import { canSeeComment, mayBeMentioned } from '../access/comment-visibility';
import { standingOfSeat } from '../access/seat-standing';
import { canInDossier, type DossierStanding } from '../access/dossier-policy';
import { badInput, forbidden, notFound } from '../common/errors';
import { DossierAccess } from '../access/dossier-access.service';
import { delegationRoom, plenaryRoom } from '../dossiers/dossier-rooms';
import { DossierReads } from '../dossiers/dossier-reads.repository';
import { ProvisionDirectory } from '../dossiers/drafts/provision-directory';
import { RealtimeService } from '../realtime/realtime.service';
import { userRoom } from '../realtime/socket-rooms';
import { commentPermissions } from '../access/comment-permissions';
import { CommentMention } from './comment-mention.entity';
import { CommentRevision } from './comment-revision.entity';
import { Comment } from './comment.entity';
import type { AddCommentInput, EditCommentInput } from './comment.inputs';
import { isUuid } from '../common/ids';


/** Writing comments. Every check goes through the dossier policy; a comment one may not see does not exist for them. */
@Injectable()
export class CommentsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly access: DossierAccess,
    private readonly realtime: RealtimeService,
    private readonly provisions: ProvisionDirectory,
    private readonly dossierReads: DossierReads,
  ) {}

  async add(actor: Actor, input: AddCommentInput): Promise<{ comment: Comment; standing: DossierStanding }> {
    if (input.clientId) {
      const earlier = await this.dataSource.getRepository(Comment).findOne({ where: { authorId: actor.userId, clientId: input.clientId } });
      if (earlier) {
        // A retry answers with the comment it posted — if its author may still see it, on the same provision.
        const standing = await this.access
          .require(actor, earlier.dossierId, 'dossier.read')
          .then((grant) => grant.standing)
          .catch(() => null);
        if (!standing || earlier.provisionId !== input.provisionId || !canSeeComment(standing, earlier)) throw notFound('The comment');
        return { comment: earlier, standing };
      }
    }
    const provision = await this.provisions.find(input.provisionId);
    if (!provision) throw notFound('The provision');
    const { standing } = await this.access.require(actor, provision.dossierId, 'dossier.read').catch(() => {
      throw notFound('The provision');
    });

    let visibility = input.visibility;
    let delegationId = standing.role === 'DELEGATE' ? standing.delegationId : null;
    if (input.parentId) {
      const parent = await this.visibleComment(standing, input.parentId, provision.dossierId);
      if (parent.parentId) throw badInput('Reply to the first comment of a thread.');
      visibility = parent.visibility;
      delegationId = parent.visibility === 'DELEGATION' ? parent.delegationId : delegationId;
      if (parent.provisionId !== provision.id) throw badInput('A reply must be on the same provision as its thread.');
    }
    const action = visibility === 'DELEGATION' ? 'comment.delegation.write' : 'comment.plenary.write';
    if (!canInDossier(standing, action)) {
      throw forbidden(visibility === 'DELEGATION' ? 'Only delegates write comments for their delegation.' : 'You may not comment in this dossier.');
    }
    if (input.quote && !provision.text.includes(input.quote.exact)) {
      throw badInput('The quoted passage is not in this provision.', [{ field: 'quote.exact', message: 'Not found in the provision text.' }]);
    }
    const mentions = await this.mentionable(provision.dossierId, input.mentionUserIds ?? [], visibility, delegationId);

    const comment = await this.dataSource.transaction(async (manager) => {
      const saved = await manager.getRepository(Comment).save({
        dossierId: provision.dossierId,
        provisionId: provision.id,
        parentId: input.parentId ?? null,
        authorId: actor.userId,
        delegationId,
        visibility,
        body: input.body,
        quoteExact: input.quote?.exact ?? null,
        quotePrefix: input.quote?.prefix ?? null,
        quoteSuffix: input.quote?.suffix ?? null,
        suggestedText: input.suggestedText ?? null,
        clientId: input.clientId ?? null,
        resolvedAt: null,
        resolvedById: null,
        editedAt: null,
        deletedAt: null,
        onPreviousVersion: false,
      });
      if (mentions.length) await manager.getRepository(CommentMention).save(mentions.map((userId) => ({ commentId: saved.id, userId })));
      return saved;
    });
    this.notify(comment, 'created');
    this.notifyMentioned(comment, mentions);
    return { comment, standing };
  }

  async edit(actor: Actor, id: string, input: EditCommentInput) {
    const { comment, standing } = await this.load(actor, id);
    if (!commentPermissions(standing, comment).canEdit) throw forbidden('Only the author edits a comment.');
    await this.dataSource.transaction(async (manager) => {
      await manager.getRepository(CommentRevision).save({ commentId: comment.id, body: comment.body, suggestedText: comment.suggestedText });
      comment.body = input.body;
      if (input.suggestedText !== undefined) comment.suggestedText = input.suggestedText;
      comment.editedAt = new Date();
      await manager.getRepository(Comment).save(comment);
    });
    this.notify(comment, 'updated');
    return { comment, standing };
  }

  /** Deleting leaves a tombstone in the thread; the words are gone from every read and export. */
  async delete(actor: Actor, id: string) {
    const { comment, standing } = await this.load(actor, id);
    if (!commentPermissions(standing, comment).canDelete) throw forbidden('Only the author deletes this comment.');
    await this.dataSource.transaction(async (manager) => {
      await manager.getRepository(CommentRevision).delete({ commentId: comment.id });
      await manager.getRepository(Comment).update(comment.id, { deletedAt: new Date(), body: '', suggestedText: null, quoteExact: null, quotePrefix: null, quoteSuffix: null });
    });
    const deleted = await this.dataSource.getRepository(Comment).findOneOrFail({ where: { id: comment.id } });
    this.notify(deleted, 'deleted');
    return { comment: deleted, standing };
  }

  async resolve(actor: Actor, id: string, resolved: boolean) {
    const { comment, standing } = await this.load(actor, id);
    if (!commentPermissions(standing, comment).canResolve) {
      throw forbidden('The author, a lead of their delegation or a facilitator resolves a thread.');
    }
    comment.resolvedAt = resolved ? new Date() : null;
    comment.resolvedById = resolved ? actor.userId : null;
    await this.dataSource.getRepository(Comment).save(comment);
    this.notify(comment, resolved ? 'resolved' : 'reopened');
    return { comment, standing };
  }

  private async load(actor: Actor, id: string): Promise<{ comment: Comment; standing: DossierStanding }> {
    const comment = isUuid(id) ? await this.dataSource.getRepository(Comment).findOne({ where: { id } }) : null;
    if (!comment) throw notFound('The comment');
    const standing = await this.access
      .require(actor, comment.dossierId, 'dossier.read')
      .then((grant) => grant.standing)
      .catch(() => {
        throw notFound('The comment');
      });
    if (!canSeeComment(standing, comment)) throw notFound('The comment');
    return { comment, standing };
  }

  private async visibleComment(standing: DossierStanding, id: string, dossierId: string): Promise<Comment> {
    const comment = isUuid(id) ? await this.dataSource.getRepository(Comment).findOne({ where: { id, dossierId } }) : null;
    if (!comment || comment.deletedAt || !canSeeComment(standing, comment)) throw notFound('The comment');
    return comment;
  }

  /** Only participants who will see the comment can be mentioned in it. */
  private async mentionable(dossierId: string, userIds: string[], visibility: string, delegationId: string | null): Promise<string[]> {
    if (!userIds.length) return [];
    const participants = await this.dossierReads.seatsOf(dossierId, userIds);
    const comment = { visibility: visibility as 'DELEGATION' | 'PLENARY', delegationId };
    const allowed = participants.filter((p) => mayBeMentioned(standingOfSeat(p), comment));
    if (allowed.length !== new Set(userIds).size) {
      throw badInput('You can mention only participants who will see this comment.', [{ field: 'mentionUserIds', message: 'Not a reader of this comment.' }]);
    }
    return allowed.map((p) => p.userId);
  }

  /** Tells each person named with @ (all of them readers of the comment), wherever they are in the app. */
  private notifyMentioned(comment: Comment, userIds: string[]): void {
    const event: ServerEventPayload<'mention:created'> = { dossierId: comment.dossierId, provisionId: comment.provisionId, commentId: comment.id };
    for (const userId of userIds) if (userId !== comment.authorId) this.realtime.notify(userRoom(userId), 'mention:created', event);
  }

  /** Tells every open browser that may see the comment, and nobody else. */
  private notify(comment: Comment, change: ServerEventPayload<'comment:changed'>['change']): void {
    const room = comment.visibility === 'PLENARY' ? plenaryRoom(comment.dossierId) : delegationRoom(comment.dossierId, comment.delegationId ?? 'none');
    const event: ServerEventPayload<'comment:changed'> = { dossierId: comment.dossierId, provisionId: comment.provisionId, commentId: comment.id, change };
    this.realtime.notify(room, 'comment:changed', event);
  }
}
