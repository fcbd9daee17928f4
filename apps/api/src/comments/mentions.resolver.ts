import { Args, Int, Query, Resolver } from '@nestjs/graphql';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { AcrossMyDossiers } from '../access/access-rule.decorator';
import type { Actor } from '../access/actor';
import { CurrentActor } from '../access/current-actor.decorator';
import { MentionView } from './mention.view';

export const EXCERPT_LENGTH = 280;

/**
 * "Mentioned me": read with today's standing, not the one at the time of the
 * mention — someone who left a delegation no longer sees its caucus notes here.
 */
@Resolver(() => MentionView)
export class MentionsResolver {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  @AcrossMyDossiers()
  @Query(() => [MentionView], { description: 'Comments naming me with @ that I may still see, newest first.' })
  myMentions(
    @CurrentActor() actor: Actor,
    @Args('limit', { type: () => Int, defaultValue: 20 }) limit: number,
  ): Promise<MentionView[]> {
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
      [actor.userId, Math.max(1, Math.min(limit, 100))],
    );
  }
}
