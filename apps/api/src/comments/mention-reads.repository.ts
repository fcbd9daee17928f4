import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { provisionNumberOf } from '@tripart/contracts';
import type { DataSource } from 'typeorm';
import type { MentionView } from './mention.view';

/** How much of a comment a mention shows. */
export const EXCERPT_LENGTH = 280;

interface MentionRow extends MentionView {
  provisionKind: string;
  unitKind: string | null;
  unitNumber: string | null;
  unitHeading: string | null;
}

/** A paragraph is named with its unit: "Section 41(2)", under the unit's heading. */
function named({ provisionKind, unitKind, unitNumber, unitHeading, ...mention }: MentionRow): MentionView {
  if (!unitKind) return mention;
  const unit = { kind: unitKind, number: unitNumber, heading: unitHeading };
  const provision = { kind: provisionKind, number: mention.provisionNumber, heading: mention.provisionHeading };
  return { ...mention, provisionNumber: provisionNumberOf(provision, unit, () => '') || null, provisionHeading: mention.provisionHeading ?? unitHeading };
}

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
  async mentionsOf(userId: string, limit: number): Promise<MentionView[]> {
      const rows: MentionRow[] = await this.dataSource.query(
        `SELECT c.id AS "commentId", c.dossier_id AS "dossierId", d.title AS "dossierTitle",
                c.provision_id AS "provisionId", pr.kind AS "provisionKind", pr.number AS "provisionNumber", pr.heading AS "provisionHeading",
                unit.kind AS "unitKind", unit.number AS "unitNumber", unit.heading AS "unitHeading",
                dr.id AS "draftId", dr.version AS "draftVersion", u.display_name AS "authorName",
                left(c.body, ${EXCERPT_LENGTH}) AS excerpt, c.visibility, c.created_at AS "createdAt"
           FROM comment_mention cm
           JOIN comment c ON c.id = cm.comment_id AND c.deleted_at IS NULL
           JOIN participant p ON p.dossier_id = c.dossier_id AND p.user_id = cm.user_id
           JOIN dossier d ON d.id = c.dossier_id
           JOIN provision pr ON pr.id = c.provision_id
           LEFT JOIN provision unit ON unit.id = pr.parent_id AND pr.kind = 'PARAGRAPH'
           JOIN draft dr ON dr.id = pr.draft_id
           JOIN app_user u ON u.id = c.author_id
          WHERE cm.user_id = $1
            AND (c.visibility = 'PLENARY' OR (p.role = 'DELEGATE' AND c.delegation_id = p.delegation_id))
          ORDER BY c.created_at DESC
          LIMIT $2`,
        [userId, limit],
      );
      return rows.map(named);
  }
}
