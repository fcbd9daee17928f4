import { Args, ID, Int, Mutation, Query, Resolver } from '@nestjs/graphql';
import { MINUTES_DECISIONS, type MinutesDecision } from '@tripart/contracts';
import { InDossier } from '../access/access-rule.decorator';
import type { Actor } from '../access/actor';
import { CurrentActor } from '../access/current-actor.decorator';
import { DossierAccess } from '../access/dossier-access.service';
import { notFound } from '../common/errors';
import { MinutesNarrativeInput } from './minutes.inputs';
import { MinutesRepository } from './minutes.repository';
import { MinutesService } from './minutes.service';
import { MinutesDecisionEnum, MinutesView } from './minutes.view';
import type { Minutes } from './minutes.entity';

@Resolver(() => MinutesView)
export class MinutesResolver {
  constructor(
    private readonly minutes: MinutesService,
    private readonly repository: MinutesRepository,
    private readonly access: DossierAccess,
  ) {}

  @InDossier('minutes.read')
  @Query(() => [MinutesView], { description: 'A session’s minutes and their addenda, oldest first: empty until the chair generates them.' })
  async sessionMinutes(@CurrentActor() actor: Actor, @Args('sessionId', { type: () => ID }) sessionId: string): Promise<MinutesView[]> {
    const session = await this.repository.sessionOf(sessionId);
    if (!session) throw notFound('The session');
    const { standing } = await this.access.require(actor, session.dossierId, 'minutes.read', 'The session');
    return this.repository.ofSession(sessionId, await this.minutes.viewerOf(standing));
  }

  @InDossier('minutes.draft')
  @Mutation(() => [MinutesView], { description: 'Generate a closed session’s minutes from its record (the chair): revision 1, a draft.' })
  async generateMinutes(@CurrentActor() actor: Actor, @Args('sessionId', { type: () => ID }) sessionId: string): Promise<MinutesView[]> {
    return this.present(actor, await this.minutes.generate(actor, sessionId));
  }

  @InDossier('minutes.draft')
  @Mutation(() => [MinutesView], { description: 'Save the narrative parts (the chair): into the newest revision until it is sent, else into a new one.' })
  async saveMinutesNarrative(
    @CurrentActor() actor: Actor,
    @Args('minutesId', { type: () => ID }) minutesId: string,
    @Args('narrative', { type: () => MinutesNarrativeInput }) narrative: MinutesNarrativeInput,
  ): Promise<MinutesView[]> {
    return this.present(actor, await this.minutes.saveNarrative(actor, minutesId, narrative));
  }

  @InDossier('minutes.draft')
  @Mutation(() => [MinutesView], { description: 'Send the newest revision for approval (the chair); it never changes afterwards.' })
  async sendMinutes(@CurrentActor() actor: Actor, @Args('minutesId', { type: () => ID }) minutesId: string): Promise<MinutesView[]> {
    return this.present(actor, await this.minutes.send(actor, minutesId));
  }

  @InDossier('minutes.approve')
  @Mutation(() => [MinutesView], { description: 'Approve the revision awaiting approval, or ask for changes, for my side (its lead) or as the chair. All four approvals seal it.' })
  async decideOnMinutes(
    @CurrentActor() actor: Actor,
    @Args('minutesId', { type: () => ID }) minutesId: string,
    @Args('revision', { type: () => Int }) revision: number,
    @Args('decision', { type: () => MinutesDecisionEnum }) decision: MinutesDecision,
    @Args('comment', { type: () => String, defaultValue: '' }) comment: string,
  ): Promise<MinutesView[]> {
    if (!(MINUTES_DECISIONS as readonly string[]).includes(decision)) throw notFound('The decision');
    return this.present(actor, await this.minutes.decide(actor, minutesId, revision, decision, comment.slice(0, 5_000)));
  }

  @InDossier('minutes.draft')
  @Mutation(() => [MinutesView], { description: 'Add an addendum to sealed minutes (the chair): approved and sealed as minutes are.' })
  async addMinutesAddendum(@CurrentActor() actor: Actor, @Args('minutesId', { type: () => ID }) minutesId: string, @Args('text', { type: () => String }) text: string): Promise<MinutesView[]> {
    return this.present(actor, await this.minutes.addAddendum(actor, minutesId, text.slice(0, 20_000)));
  }

  /** After a write: the session's minutes as the writer now sees them. */
  private async present(actor: Actor, minutes: Minutes): Promise<MinutesView[]> {
    const { standing } = await this.access.require(actor, minutes.dossierId, 'minutes.read', 'The minutes record');
    return this.repository.ofSession(minutes.sessionId, await this.minutes.viewerOf(standing));
  }
}

