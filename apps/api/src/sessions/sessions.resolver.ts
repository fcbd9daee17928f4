import { Args, Context, ID, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { InDossier } from '../access/access-rule.decorator';
import type { Actor } from '../access/actor';
import { CurrentActor } from '../access/current-actor.decorator';
import { canInDossier } from '../access/dossier-policy';
import { requestLoader } from '../common/request-loaders';
import { DossierAccess } from '../access/dossier-access.service';
import { Dossier } from '../dossiers/dossier.entity';
import { AgendaItem } from './agenda-item.entity';
import { Attendance } from './attendance.entity';
import { ConsultationSession } from './consultation-session.entity';
import { Intervention } from './intervention.entity';
import { LiveRoom, SESSION_SUBJECT } from './live-room.service';
import { Round } from './round.entity';
import { ScheduleSessionInput } from './session.inputs';
import { Floor, QueueEntry, SessionStanding, SpeakingTotal } from './session-state.types';
import { SessionReads } from './session-reads.repository';
import { SessionsService } from './sessions.service';

@Resolver(() => ConsultationSession)
export class SessionsResolver {
  constructor(
    private readonly reads: SessionReads,
    private readonly access: DossierAccess,
    private readonly sessions: SessionsService,
    private readonly room: LiveRoom,
  ) {}

  @InDossier('session.schedule')
  @Mutation(() => ConsultationSession, { description: 'Schedule a consultation session with its agenda (facilitators).' })
  async scheduleSession(@CurrentActor() actor: Actor, @Args('input') input: ScheduleSessionInput): Promise<ConsultationSession> {
    const { dossier } = await this.access.require(actor, input.dossierId, 'session.schedule');
    return this.sessions.schedule(actor, dossier, input);
  }

  @InDossier('dossier.read')
  @Query(() => ConsultationSession, { description: 'A session’s whole current state, with its sequence number.' })
  async consultationSession(@CurrentActor() actor: Actor, @Args('id', { type: () => ID }) id: string, @Context('req') request: object): Promise<ConsultationSession> {
    const dossierId = await this.room.dossierOf(id);
    await this.access.standingOnce(request, actor, dossierId, SESSION_SUBJECT);
    return this.reads.session(id);
  }

  @ResolveField(() => [AgendaItem])
  agenda(@Parent() session: ConsultationSession, @Context('req') request: object): Promise<AgendaItem[]> {
    return requestLoader(request, 'agendaOfSession', (ids: readonly string[]) => this.reads.agendaOfSessions(ids)).load(session.id);
  }

  @ResolveField(() => Round, { nullable: true })
  currentRound(@Parent() session: ConsultationSession): Promise<Round | null> {
    return session.currentRoundId ? this.reads.round(session.currentRoundId) : Promise.resolve(null);
  }

  @ResolveField(() => [QueueEntry])
  async queue(@Parent() session: ConsultationSession): Promise<QueueEntry[]> {
    const hands = await this.reads.queue(session);
    const people = await this.reads.people(hands.map((hand) => hand.userId));
    return hands.map((hand, index) => ({ position: index + 1, hand, person: people.get(hand.userId)! }));
  }

  @ResolveField(() => Floor, { nullable: true })
  async floor(@Parent() session: ConsultationSession): Promise<Floor | null> {
    if (!session.floorHandId || !session.floorSince || !session.floorDeadline) return null;
    const hand = await this.reads.hand(session.floorHandId);
    const people = await this.reads.people([hand.userId]);
    return { hand, person: people.get(hand.userId)!, since: session.floorSince, deadline: session.floorDeadline };
  }

  @ResolveField(() => [Attendance])
  attendance(@Parent() session: ConsultationSession): Promise<Attendance[]> {
    return this.reads.attendance(session.id);
  }

  @ResolveField(() => [Intervention])
  interventions(@Parent() session: ConsultationSession): Promise<Intervention[]> {
    return this.reads.interventions(session.id);
  }

  @ResolveField(() => [SpeakingTotal], { description: 'Seconds spoken per side, then per person.' })
  async speakingTotals(@Parent() session: ConsultationSession): Promise<SpeakingTotal[]> {
    const interventions = await this.interventions(session);
    const people = await this.reads.people(interventions.map((i) => i.speakerId));
    const totals = new Map<string, SpeakingTotal>();
    for (const item of interventions) {
      for (const key of [item.constituency, `${item.constituency}:${item.speakerId}`]) {
        const total = totals.get(key) ?? { constituency: item.constituency, person: key.includes(':') ? people.get(item.speakerId)! : null, seconds: 0 };
        total.seconds += item.durationSeconds;
        totals.set(key, total);
      }
    }
    return [...totals.values()].sort((a, b) => Number(a.person !== null) - Number(b.person !== null) || a.constituency.localeCompare(b.constituency));
  }

  @ResolveField(() => Date, { description: 'The server’s clock now, to correct countdowns.' })
  serverTime(): Date {
    return new Date();
  }

  @ResolveField(() => SessionStanding)
  async me(@Parent() session: ConsultationSession, @CurrentActor() actor: Actor, @Context('req') request: object): Promise<SessionStanding> {
    const standing = await this.access.standingOnce(request, actor, session.dossierId);
    const constituency = standing.delegationId ? await this.reads.sideOfDelegation(standing.delegationId) : null;
    return {
      canRun: canInDossier(standing, 'session.run'),
      canSpeak: canInDossier(standing, 'session.speak'),
      canDeclareStance: canInDossier(standing, 'session.declare'),
      constituency,
    };
  }

}

@Resolver(() => Dossier)
export class DossierSessionsResolver {
  constructor(private readonly reads: SessionReads) {}

  @ResolveField(() => [ConsultationSession], { description: 'Sessions, soonest first.' })
  sessions(@Parent() dossier: Dossier, @Context('req') request: object): Promise<ConsultationSession[]> {
    return requestLoader(request, 'sessionsOfDossier', (ids: readonly string[]) => this.reads.sessionsOfDossiers(ids)).load(dossier.id);
  }
}
