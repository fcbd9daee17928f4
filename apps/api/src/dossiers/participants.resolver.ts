import { Args, Context, ID, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import type { Constituency } from '@tripart/contracts';
import { InDossier } from '../access/access-rule.decorator';
import { canInDossier, mayChangeLead, type DossierStanding } from '../access/dossier-policy';
import { forbidden } from '../common/errors';
import type { Actor } from '../access/actor';
import { CurrentActor } from '../access/current-actor.decorator';
import { ConstituencyEnum } from '../people/organization.entity';
import { User } from '../people/user.entity';
import { Delegation } from './delegation.entity';
import { DossierAccess } from '../access/dossier-access.service';
import { DossierReads } from './dossier-reads.repository';
import { AddDelegationMemberInput, AddParticipantInput } from './dto/dossier.inputs';
import { Participant } from './participant.entity';
import { ParticipantsService } from './participants.service';
import { DelegationRequestsService } from './delegation-requests.service';

@Resolver(() => Participant)
export class ParticipantsResolver {
  constructor(
    private readonly reads: DossierReads,
    private readonly participants: ParticipantsService,
    private readonly access: DossierAccess,
    private readonly delegationRequests: DelegationRequestsService,
  ) {}

  @InDossier('dossier.read', 'leadsOwnSide')
  @Query(() => [User], {
    description:
      'People one may bring in: for a facilitator, with a side, members of that side’s organizations in the dossier’s country, without, anyone; for a lead of a delegation, members of their own side’s organizations. Never those already taking part.',
  })
  async dossierCandidates(
    @CurrentActor() actor: Actor,
    @Args('dossierId', { type: () => ID }) dossierId: string,
    @Args('constituency', { type: () => ConstituencyEnum, nullable: true }) constituency?: Constituency,
  ): Promise<User[]> {
    const { dossier, standing } = await this.access.require(actor, dossierId, 'dossier.read');
    if (canInDossier(standing, 'dossier.manage')) return this.participants.candidates(dossier, constituency ?? null);
    // A lead chooses their delegation's members (C144 Art. 3): people of their own side only.
    const side = await this.leadsSide(standing);
    if (!side || (constituency && constituency !== side)) throw forbidden('Only a lead of the delegation, or a facilitator, brings people in.');
    return this.participants.candidates(dossier, side);
  }

  private async leadsSide(standing: DossierStanding): Promise<Constituency | null> {
    if (standing.role !== 'DELEGATE' || !standing.isLead || !standing.delegationId) return null;
    return this.reads.sideOf(standing.delegationId);
  }

  @InDossier('dossier.read', 'delegationSeating')
  @Mutation(() => Participant, {
    description: 'Seat a person in a delegation: by a lead of it, or by a facilitator as its first lead. Anyone else proposes (proposeDelegationMember).',
  })
  async addDelegationMember(@CurrentActor() actor: Actor, @Args('input') input: AddDelegationMemberInput): Promise<Participant> {
    const { dossier, standing } = await this.access.require(actor, input.dossierId, 'dossier.read');
    const brought = await this.delegationRequests.bringSeated(actor, dossier, standing, input.constituency, input.userId, input.lead);
    return brought;
  }

  @InDossier('dossier.manage')
  @Mutation(() => Participant, { description: 'Add a facilitator or an observer (facilitators).' })
  async addParticipant(@CurrentActor() actor: Actor, @Args('input') input: AddParticipantInput): Promise<Participant> {
    const { dossier } = await this.access.require(actor, input.dossierId, 'dossier.manage');
    return this.participants.addParticipant(actor, dossier, input.userId, input.role);
  }

  @InDossier('dossier.read', 'mayChangeLead')
  @Mutation(() => Participant, {
    description: 'Make a delegate a lead of their delegation, or not: by a lead of it; a facilitator may only give a delegation left without a lead one from among its members.',
  })
  async setDelegationLead(
    @CurrentActor() actor: Actor,
    @Args('participantId', { type: () => ID }) participantId: string,
    @Args('lead', { type: () => Boolean }) lead: boolean,
  ): Promise<Participant> {
    const participant = await this.participants.get(participantId);
    const { dossier } = await this.access.require(actor, participant.dossierId, 'dossier.read', 'The participant');
    return this.participants.setLead(actor, dossier, participant, lead);
  }

  @InDossier('dossier.manage')
  @Mutation(() => Boolean, { description: 'Remove a person from the dossier; their access ends at once.' })
  async removeParticipant(@CurrentActor() actor: Actor, @Args('participantId', { type: () => ID }) participantId: string): Promise<boolean> {
    const participant = await this.participants.get(participantId);
    await this.access.require(actor, participant.dossierId, 'dossier.manage', 'The participant');
    await this.participants.remove(actor, participant);
    return true;
  }

  @ResolveField(() => Boolean, { description: 'Whether the signed-in person may make this delegate a lead, or not (mayChangeLead).' })
  async canChangeLead(@Parent() participant: Participant, @CurrentActor() actor: Actor, @Context('req') request: object): Promise<boolean> {
    if (participant.role !== 'DELEGATE' || !participant.delegationId) return false;
    const [standing, seats] = await Promise.all([this.access.standingOnce(request, actor, participant.dossierId), this.reads.participantsOf(request, participant.dossierId)]);
    const hasLead = seats.some((seat) => seat.delegationId === participant.delegationId && seat.isLead);
    return mayChangeLead(standing, { id: participant.delegationId, hasLead }, !participant.isLead);
  }

  @ResolveField(() => User)
  user(@Parent() participant: Participant, @Context('req') request: object): Promise<User> {
    return this.reads.user(request, participant.userId);
  }

  @ResolveField(() => ConstituencyEnum, { nullable: true, description: 'The side of the delegation, for delegates.' })
  async constituency(@Parent() participant: Participant, @Context('req') request: object): Promise<Constituency | null> {
    if (!participant.delegationId) return null;
    return (await this.reads.delegation(request, participant.delegationId)).constituency;
  }
}

@Resolver(() => Delegation)
export class DelegationsResolver {
  constructor(private readonly reads: DossierReads) {}

  @ResolveField(() => [Participant])
  async members(@Parent() delegation: Delegation, @Context('req') request: object): Promise<Participant[]> {
    const participants = await this.reads.participantsOf(request, delegation.dossierId);
    return participants.filter((participant) => participant.delegationId === delegation.id);
  }
}
