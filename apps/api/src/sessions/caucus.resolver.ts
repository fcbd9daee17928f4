import { Context, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { AcrossMyDossiers } from '../access/access-rule.decorator';
import type { Actor } from '../access/actor';
import { CurrentActor } from '../access/current-actor.decorator';
import { DossierAccess } from '../access/dossier-access.service';
import { ConsultationSession } from './consultation-session.entity';
import { SessionReads } from './session-reads.repository';
import { CaucusMessageView } from './session-state.types';

@Resolver(() => ConsultationSession)
export class CaucusResolver {
  constructor(
    private readonly reads: SessionReads,
    private readonly access: DossierAccess,
  ) {}

  @ResolveField(() => [CaucusMessageView], { description: 'My delegation’s private channel in this session (empty for anyone else).' })
  async caucusMessages(@Parent() session: ConsultationSession, @CurrentActor() actor: Actor, @Context('req') request: object): Promise<CaucusMessageView[]> {
    const standing = await this.access.standingOnce(request, actor, session.dossierId);
    if (standing.role !== 'DELEGATE' || !standing.delegationId) return [];
    return this.reads.caucusMessages(session.id, standing.delegationId);
  }

  @AcrossMyDossiers()
  @Query(() => [ConsultationSession], { description: 'Sessions of my dossiers not yet closed, soonest first.' })
  upcomingSessions(@CurrentActor() actor: Actor): Promise<ConsultationSession[]> {
    return this.reads.upcomingFor(actor.userId);
  }
}
