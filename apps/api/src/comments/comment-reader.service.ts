import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import type { Constituency } from '@tripart/contracts';
import type { DossierStanding } from '../access/dossier-policy';
import { DossierReads } from '../dossiers/dossier-reads.repository';
import { preparedQuery } from '../database/prepared-query';
import { authorsOf } from '../people/people-directory';
import { Comment } from './comment.entity';
import { ReaderStatements, withAuthors } from './comment-reader.statements';
import { commentPermissions } from '../access/comment-permissions';
import { visibleTo } from '../access/comment-visibility';
import type { CommentAuthor, CommentView, MentionedPerson } from './comment.view';

/** What of a comment its reader is shown, and what decides what they may do to it: all `present` reads. */
export type PresentedComment = Pick<
  Comment,
  | 'id' | 'provisionId' | 'onPreviousVersion' | 'parentId' | 'authorId' | 'delegationId' | 'visibility' | 'body'
  | 'quoteExact' | 'quotePrefix' | 'quoteSuffix' | 'suggestedText' | 'resolvedAt' | 'editedAt' | 'deletedAt' | 'createdAt'
>;

/**
 * The columns `visible` reads, under their property names: rows come back as plain `PresentedComment`s.
 * Only what a view shows (no dossier, client id or resolver: pg parses every column of thousands of rows).
 */
const COMMENT_COLUMNS: Record<keyof PresentedComment, string> = {
  id: 'id',
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
  editedAt: 'edited_at',
  deletedAt: 'deleted_at',
  createdAt: 'created_at',
};

/** Comments on a draft's provisions (the drafts feature's `provision` rows, named by their draft only). */
const ON_PROVISIONS_OF_DRAFT = 'c.provision_id IN (SELECT p.id FROM provision p WHERE p.draft_id = :draftId)';

/** A comment as `visible` reads it: with the side its author wrote for, the author's name and first organization, and (when asked) whom it mentions. */
export type ReadComment = PresentedComment & { constituency: Constituency | null; authorName: string | null; authorOrganization: string | null; mentioned?: MentionedPerson[] | null };

export interface VisibleFilter {
  dossierId: string;
  provisionIds?: readonly string[];
  /** On the provisions of this draft: one parameter instead of every provision's id, and no wait for the provisions to be read first. */
  draftId?: string;
  includeDeleted?: boolean;
  onPreviousVersion?: boolean;
  /** With whom each comment mentions, in the same statement (default); false when no one will show them. */
  mentions?: boolean;
}

/**
 * Reads comments as one person may see them, and presents them as threads.
 * A fixed number of queries per call; rows are read raw (no entity
 * hydration: a reader request reads thousands of them).
 */
@Injectable()
export class CommentReader {
  private readonly visibleStatements = new ReaderStatements(['dossierId', 'provisionIds', 'draftId', 'onPrevious'] as const);
  private readonly countStatements = new ReaderStatements(['dossierId', 'provisionIds', 'draftId'] as const);

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly dossierReads: DossierReads,
  ) {}

  /**
   * The comments this person may see, oldest first, each with its author's
   * name and organization, the side it was written for and whom it
   * mentions: one statement (its text made once per filter shape and
   * standing, `ReaderStatements`).
   */
  async visible(standing: DossierStanding, filter: VisibleFilter): Promise<ReadComment[]> {
    const mentions = filter.mentions ?? true;
    const shape = `${filter.provisionIds ? 'p' : ''}${filter.draftId ? 'r' : ''}${filter.includeDeleted ? 'd' : ''}${filter.onPreviousVersion === undefined ? '' : 'v'}${mentions ? 'm' : ''}:${JSON.stringify(standing)}`;
    const [sql, parameters] = this.visibleStatements.of(
      shape,
      { dossierId: filter.dossierId, provisionIds: filter.provisionIds, draftId: filter.draftId, onPrevious: filter.onPreviousVersion },
      (value) => {
        const query = this.dataSource
          .getRepository(Comment)
          .createQueryBuilder('c')
          .select(Object.entries(COMMENT_COLUMNS).map(([property, column]) => `c.${column} AS "${property}"`))
          // The side the author wrote for, with the comment: no query for it afterwards.
          .leftJoin('delegation', 'd', 'd.id = c.delegation_id')
          .addSelect('d.constituency', 'constituency')
          .where('c.dossier_id = :dossierId', { dossierId: value.dossierId });
        if (filter.provisionIds) query.andWhere('c.provision_id = ANY(:provisionIds)', { provisionIds: value.provisionIds });
        if (filter.draftId) query.andWhere(ON_PROVISIONS_OF_DRAFT, { draftId: value.draftId });
        if (!filter.includeDeleted) query.andWhere('c.deleted_at IS NULL');
        if (filter.onPreviousVersion !== undefined) query.andWhere('c.on_previous_version = :onPrevious', { onPrevious: value.onPrevious });
        return visibleTo(query, 'c', standing);
      },
      (sql) => withAuthors(sql, { mentions }),
    );
    // Texts from ReaderStatements (one per filter shape and kind of standing): prepared, planned once per connection.
    return preparedQuery<ReadComment>(this.dataSource, sql, parameters);
  }

  /**
   * How many comments (not deleted) each provision has that this person may see: one grouped count,
   * of the provisions named, or of every provision of a draft (`{ draftId }`).
   */
  async countVisible(standing: DossierStanding, dossierId: string, provisions: readonly string[] | { draftId: string }): Promise<Map<string, number>> {
    const byDraft = !Array.isArray(provisions);
    const scope = byDraft ? { provisionIds: undefined, draftId: (provisions as { draftId: string }).draftId } : { provisionIds: provisions, draftId: undefined };
    const [sql, parameters] = this.countStatements.of(`${byDraft ? 'r' : 'p'}:${JSON.stringify(standing)}`, { dossierId, ...scope }, (value) =>
      visibleTo(
        this.dataSource
          .getRepository(Comment)
          .createQueryBuilder('c')
          .select('c.provision_id', 'provisionId')
          .addSelect('count(*)::int', 'count')
          .where('c.dossier_id = :dossierId AND c.deleted_at IS NULL', { dossierId: value.dossierId })
          .andWhere(byDraft ? ON_PROVISIONS_OF_DRAFT : 'c.provision_id = ANY(:provisionIds)', byDraft ? { draftId: value.draftId } : { provisionIds: value.provisionIds })
          .groupBy('c.provision_id'),
        'c',
        standing,
      ),
    );
    const rows = await preparedQuery<{ provisionId: string; count: number }>(this.dataSource, sql, parameters);
    return new Map(rows.map((row) => [row.provisionId, Number(row.count)]));
  }

  /** Threads (first comments with their replies), in order. */
  async threads(standing: DossierStanding, comments: PresentedComment[]): Promise<CommentView[]> {
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

  /**
   * Comments as their reader sees them, with their authors and whom they
   * mention: from the rows for comments `visible` read (none when read
   * without mentions), else two queries side by side.
   */
  async present(standing: DossierStanding, comments: PresentedComment[]): Promise<CommentView[]> {
    const [authors, mentions] = await Promise.all([this.authors(comments), this.mentions(comments)]);
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

  /** Who each comment names with @: as `visible` read them, else one query by id. */
  private async mentions(comments: PresentedComment[]): Promise<Map<string, MentionedPerson[]>> {
    const byComment = new Map<string, MentionedPerson[]>();
    const live = comments.filter((comment) => !comment.deletedAt);
    if (!live.length) return byComment;
    if (live.every((comment) => 'authorName' in comment)) {
      for (const comment of live as ReadComment[]) if (comment.mentioned) byComment.set(comment.id, comment.mentioned);
      return byComment;
    }
    const rows: Array<{ comment_id: string; id: string; display_name: string }> = await this.dataSource.query(
      `SELECT cm.comment_id, u.id, u.display_name FROM comment_mention cm JOIN app_user u ON u.id = cm.user_id
        WHERE cm.comment_id = ANY($1) ORDER BY u.display_name`,
      [live.map((comment) => comment.id)],
    );
    for (const row of rows) {
      const list = byComment.get(row.comment_id);
      if (list) list.push({ id: row.id, displayName: row.display_name });
      else byComment.set(row.comment_id, [{ id: row.id, displayName: row.display_name }]);
    }
    return byComment;
  }

  /** Who wrote the comments, and for which side: from the rows `visible` read, else two queries side by side. */
  private async authors(comments: PresentedComment[]): Promise<Map<string, CommentAuthor>> {
    const userIds = [...new Set(comments.map((comment) => comment.authorId))];
    if (!userIds.length) return new Map();
    const read = comments.every((comment) => 'authorName' in comment);
    const [users, constituencies] = read
      ? [authorsRead(comments as ReadComment[]), new Map<string, Constituency>()]
      : await Promise.all([
          authorsOf(this.dataSource.manager, userIds),
          this.dossierReads.sidesOf([...new Set(comments.flatMap((comment) => (comment.delegationId ? [comment.delegationId] : [])))]),
        ]);
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

/** The authors as `visible` read them beside their comments. */
function authorsRead(comments: ReadComment[]): Map<string, { displayName: string; organization: string | null }> {
  const users = new Map<string, { displayName: string; organization: string | null }>();
  for (const comment of comments) {
    if (!users.has(comment.authorId)) users.set(comment.authorId, { displayName: comment.authorName ?? '', organization: comment.authorOrganization });
  }
  return users;
}

/** An author speaks for one side: the same person in two delegations' threads is two authors. */
function authorKey(comment: Pick<Comment, 'authorId' | 'delegationId'>): string {
  return `${comment.authorId}:${comment.delegationId ?? ''}`;
}
