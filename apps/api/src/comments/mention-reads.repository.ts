import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import type { MentionView } from './mention.view';

/** How much of a comment a mention shows. */
export const EXCERPT_LENGTH = 280;

/** The reads of "Mentioned me". */
@Injectable()
export class MentionReads {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /**
   * The live comments naming a person, newest first, that they may read
   * today: in a dossier they take part in, plenary or of their delegation
   * (the visibility rule of access/comment-visibility.ts, as a join on
   * their seat).
   */
  mentionsOf(userId: string, limit: number): Promise<MentionView[]> {
      return this.dataSource.query(
        `SELECT c.id AS "commentId", c.dossier_id AS "dossierId", d.title AS "dossierTitle",
                c.provision_id AS "provisionId", pr.number AS "provisionNumber", pr.heading AS "provisionHeading",
                dr.id AS "draftId", dr.version AS "draftVersion", u.display_name AS "authorName",
                left(c.body, ${EXCERPT_LENGTH}) AS excerpt, c.visibility, c.created_at AS "createdAt"
           FROM comment_mention cm
           JOIN comment c ON c.id = cm.comment_id AND c.deleted_at IS NULL
           JOIN participant p ON p.dossier_id = c.dossier_id AND p.user_id = cm.user_id
           JOIN dossier d ON d.id = c.dossier_id
           JOIN provision pr ON pr.id = c.provision_id
           JOIN draft dr ON dr.id = pr.draft_id
           JOIN app_user u ON u.id = c.author_id
          WHERE cm.user_id = $1
            AND (c.visibility = 'PLENARY' OR (p.role = 'DELEGATE' AND c.delegation_id = p.delegation_id))
          ORDER BY c.created_at DESC
          LIMIT $2`,
        [userId, limit],
      );
  }
}
