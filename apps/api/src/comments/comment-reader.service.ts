import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import type { Constituency } from '@tripart/contracts';
import type { DossierStanding } from '../access/dossier-policy';
import { DossierReads } from '../dossiers/dossier-reads.repository';
import { authorsOf } from '../people/people-directory';
import { Comment } from './comment.entity';
import { commentPermissions } from '../access/comment-permissions';
import { visibleTo } from '../access/comment-visibility';
import type { CommentAuthor, CommentView, MentionedPerson } from './comment.view';

/** Every column of a comment, selected under its property name: rows come back as plain `Comment`s. */
const COMMENT_COLUMNS: Record<keyof Omit<Comment, 'dossier' | 'provision' | 'parent' | 'author' | 'delegation'>, string> = {
  id: 'id',
  dossierId: 'dossier_id',
  provisionId: 'provision_id',
  onPreviousVersion: 'on_previous_version',
  parentId: 'parent_id',
  authorId: 'author_id',
  delegationId: 'delegation_id',
  visibility: 'visibility',
  body: 'body',
  quoteExact: 'quote_exact',
  quotePrefix: 'quote_prefix',
  quoteSuffix: 'quote_suffix',
  suggestedText: 'suggested_text',
  resolvedAt: 'resolved_at',
  resolvedById: 'resolved_by_id',
  editedAt: 'edited_at',
  deletedAt: 'deleted_at',
  clientId: 'client_id',
  createdAt: 'created_at',
};

/** A comment as `visible` reads it: with the side its author wrote for. */
export type ReadComment = Comment & { constituency: Constituency | null };

/** Beyond this many comments, their mentions are read by dossier (one parameter) rather than by id. */
const MENTIONS_BY_ID = 200;

/**
 * Reads comments as one person may see them, and presents them as threads.
 * A fixed number of queries per call; rows are read raw (no entity
 * hydration: a reader request reads thousands of them).
 */
@Injectable()
export class CommentReader {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly dossierReads: DossierReads,
  ) {}

  visible(standing: DossierStanding, filter: { dossierId: string; provisionIds?: readonly string[]; includeDeleted?: boolean; onPreviousVersion?: boolean }): Promise<ReadComment[]> {
    const query = this.dataSource
      .getRepository(Comment)
      .createQueryBuilder('c')
      .select(Object.entries(COMMENT_COLUMNS).map(([property, column]) => `c.${column} AS "${property}"`))
      // The side the author wrote for, with the comment: no query for it afterwards.
      .leftJoin('delegation', 'd', 'd.id = c.delegation_id')
      .addSelect('d.constituency', 'constituency')
      .where('c.dossier_id = :dossierId', { dossierId: filter.dossierId })
      .orderBy('c.created_at', 'ASC');
    if (filter.provisionIds) query.andWhere('c.provision_id = ANY(:provisionIds)', { provisionIds: filter.provisionIds });
    if (!filter.includeDeleted) query.andWhere('c.deleted_at IS NULL');
    if (filter.onPreviousVersion !== undefined) query.andWhere('c.on_previous_version = :onPrevious', { onPrevious: filter.onPreviousVersion });
    return visibleTo(query, 'c', standing).getRawMany<ReadComment>();
  }

  /** How many comments (not deleted) each provision has that this person may see: one grouped count. */
  async countVisible(standing: DossierStanding, dossierId: string, provisionIds: readonly string[]): Promise<Map<string, number>> {
    const query = this.dataSource
      .getRepository(Comment)
      .createQueryBuilder('c')
      .select('c.provision_id', 'provisionId')
      .addSelect('count(*)::int', 'count')
      .where('c.dossier_id = :dossierId AND c.provision_id = ANY(:provisionIds) AND c.deleted_at IS NULL', { dossierId, provisionIds })
      .groupBy('c.provision_id');
    const rows: Array<{ provisionId: string; count: number }> = await visibleTo(query, 'c', standing).getRawMany();
    return new Map(rows.map((row) => [row.provisionId, Number(row.count)]));
  }

  /** Threads (first comments with their replies), in order. */
  async threads(standing: DossierStanding, comments: Comment[]): Promise<CommentView[]> {
    const views = await this.present(standing, comments);
    const byId = new Map(views.map((view) => [view.id, view]));
    const roots: CommentView[] = [];
    for (const view of views) {
      const parent = view.parentId ? byId.get(view.parentId) : undefined;
      if (parent) parent.replies.push(view);
      else if (!view.parentId) roots.push(view);
    }
    return roots;
  }

  /** Comments as their reader sees them, with their authors and whom they mention (two queries, side by side). */
  async present(standing: DossierStanding, comments: Comment[]): Promise<CommentView[]> {
    const [authors, mentions] = await Promise.all([this.authors(comments), this.mentions(standing, comments)]);
    return comments.map((comment) => {
      const deleted = Boolean(comment.deletedAt);
      const permissions = commentPermissions(standing, comment);
      return {
        id: comment.id,
        provisionId: comment.provisionId,
        parentId: comment.parentId,
        visibility: comment.visibility,
        body: deleted ? null : comment.body,
        quote: deleted || !comment.quoteExact ? null : { exact: comment.quoteExact, prefix: comment.quotePrefix ?? '', suffix: comment.quoteSuffix ?? '' },
        suggestedText: deleted ? null : comment.suggestedText,
        author: authors.get(authorKey(comment))!,
        createdAt: comment.createdAt,
        editedAt: comment.editedAt,
        deletedAt: comment.deletedAt,
        resolvedAt: comment.resolvedAt,
        onPreviousVersion: comment.onPreviousVersion,
        mentions: deleted ? [] : (mentions.get(comment.id) ?? []),
        replies: [],
        canEdit: permissions.canEdit,
        canDelete: permissions.canDelete,
        canResolve: permissions.canResolve,
      };
    });
  }

  /**
   * Who each comment names with @: one query for all of them. A long list
   * (a whole draft's threads) is read by dossier rather than sending every
   * id, and kept to the comments asked about.
   */
  private async mentions(standing: DossierStanding, comments: Comment[]): Promise<Map<string, MentionedPerson[]>> {
    const live = comments.filter((comment) => !comment.deletedAt);
    const byComment = new Map<string, MentionedPerson[]>();
    if (!live.length) return byComment;
    const dossierIds = [...new Set(live.map((comment) => comment.dossierId))];
    const rows: Array<{ comment_id: string; id: string; display_name: string }> =
      live.length > MENTIONS_BY_ID && dossierIds.length === 1
        ? // Only comments this person may see, even though the rest would be dropped below.
          await visibleTo(
            this.dataSource
              .getRepository(Comment)
              .createQueryBuilder('c')
              .innerJoin('comment_mention', 'cm', 'cm.comment_id = c.id')
              .innerJoin('app_user', 'u', 'u.id = cm.user_id')
              .select('cm.comment_id', 'comment_id')
              .addSelect('u.id', 'id')
              .addSelect('u.display_name', 'display_name')
              .where('c.dossier_id = :dossierId AND c.deleted_at IS NULL', { dossierId: dossierIds[0] })
              .orderBy('u.display_name'),
            'c',
            standing,
          ).getRawMany()
        : await this.dataSource.query(
            `SELECT cm.comment_id, u.id, u.display_name FROM comment_mention cm JOIN app_user u ON u.id = cm.user_id
              WHERE cm.comment_id = ANY($1) ORDER BY u.display_name`,
            [live.map((comment) => comment.id)],
          );
    const wanted = new Set(live.map((comment) => comment.id));
    for (const row of rows) {
      if (!wanted.has(row.comment_id)) continue;
      const list = byComment.get(row.comment_id);
      if (list) list.push({ id: row.id, displayName: row.display_name });
      else byComment.set(row.comment_id, [{ id: row.id, displayName: row.display_name }]);
    }
    return byComment;
  }

  /** Who wrote the comments, and for which side: two queries, side by side. */
  private async authors(comments: Comment[]): Promise<Map<string, CommentAuthor>> {
    const userIds = [...new Set(comments.map((comment) => comment.authorId))];
    if (!userIds.length) return new Map();
    const read = comments.every((comment) => 'constituency' in comment);
    const delegationIds = read ? [] : [...new Set(comments.flatMap((comment) => (comment.delegationId ? [comment.delegationId] : [])))];
    const [users, constituencies] = await Promise.all([authorsOf(this.dataSource.manager, userIds), this.dossierReads.sidesOf(delegationIds)]);
    // One author object per person and side, shared by their comments.
    const authors = new Map<string, CommentAuthor>();
    for (const comment of comments) {
      const key = authorKey(comment);
      if (authors.has(key)) continue;
      const user = users.get(comment.authorId);
      authors.set(key, {
        id: comment.authorId,
        displayName: user?.displayName ?? '',
        organizationName: user?.organization ?? null,
        constituency: read ? (comment as ReadComment).constituency : (comment.delegationId && constituencies.get(comment.delegationId)) || null,
      });
    }
    return authors;
  }
}

/** An author speaks for one side: the same person in two delegations' threads is two authors. */
function authorKey(comment: Pick<Comment, 'authorId' | 'delegationId'>): string {
  return `${comment.authorId}:${comment.delegationId ?? ''}`;
}
