import { Context, Field, ID, ObjectType, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { AcrossMyDossiers } from '../access/access-rule.decorator';
import type { Actor } from '../access/actor';
import { CurrentActor } from '../access/current-actor.decorator';
import { DossierAccess } from '../dossiers/dossier-access.service';
import { ConsultationSession } from './consultation-session.entity';

@ObjectType()
export class CaucusMessageView {
  @Field(() => ID)
  id: string;

  @Field(() => String)
  authorName: string;

  @Field(() => String)
  body: string;

  @Field(() => Date)
  createdAt: Date;
}

@Resolver(() => ConsultationSession)
export class CaucusResolver {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly access: DossierAccess,
  ) {}

  @ResolveField(() => [CaucusMessageView], { description: 'My delegation’s private channel in this session (empty for anyone else).' })
  async caucusMessages(@Parent() session: ConsultationSession, @CurrentActor() actor: Actor, @Context('req') request: object): Promise<CaucusMessageView[]> {
    const standing = await this.access.standingOnce(request, actor, session.dossierId);
    if (standing.role !== 'DELEGATE' || !standing.delegationId) return [];
    return this.dataSource.query(
      `SELECT m.id, u.display_name AS "authorName", m.body, m.created_at AS "createdAt"
         FROM caucus_message m JOIN app_user u ON u.id = m.author_id
        WHERE m.session_id = $1 AND m.delegation_id = $2 ORDER BY m.created_at`,
      [session.id, standing.delegationId],
    );
  }

  @AcrossMyDossiers()
  @Query(() => [ConsultationSession], { description: 'Sessions of my dossiers not yet closed, soonest first.' })
  upcomingSessions(@CurrentActor() actor: Actor): Promise<ConsultationSession[]> {
    return this.dataSource
      .getRepository(ConsultationSession)
      .createQueryBuilder('s')
      .innerJoin('participant', 'p', 'p.dossier_id = s.dossier_id AND p.user_id = :userId', { userId: actor.userId })
      .where(`s.status = 'LIVE' OR (s.status <> 'CLOSED' AND s.ends_at > now())`)
      .orderBy('s.starts_at', 'ASC')
      .limit(50)
      .getMany();
  }
}
