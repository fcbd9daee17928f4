import { Args, Context, Field, ID, Mutation, ObjectType, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { InDossier } from '../access/access-rule.decorator';
import type { Actor } from '../access/actor';
import { CurrentActor } from '../access/current-actor.decorator';
import { canDecideForDelegation, canSeeDelegationRequests } from '../access/dossier-policy';
import { User } from '../people/user.entity';
import { Delegation } from './delegation.entity';
import { DelegationRequest } from './delegation-request.entity';
import { DelegationRequestsService } from './delegation-requests.service';
import { DossierAccess } from '../access/dossier-access.service';
import { DossierReads } from './dossier-reads.repository';
import { AddDelegationMemberInput } from './dto/dossier.inputs';
import { Participant } from './participant.entity';

@ObjectType({ description: 'Seated at once (by a lead of the delegation, or as its first lead), or proposed and awaiting a lead.' })
export class DelegationMemberProposal {
  @Field(() => Participant, { nullable: true })
  participant: Participant | null;

  @Field(() => DelegationRequest, { nullable: true })
  request: DelegationRequest | null;
}

@Resolver(() => DelegationRequest)
export class DelegationRequestsResolver {
  constructor(
    private readonly reads: DossierReads,
    private readonly requests: DelegationRequestsService,
    private readonly access: DossierAccess,
  ) {}

  @InDossier('dossier.read', 'delegationSeating')
  @Mutation(() => DelegationMemberProposal, {
    description: 'Bring a person into a delegation: a lead of it seats them; a facilitator seats its first lead, else proposes them and a lead of the delegation confirms (C144 Art. 3).',
  })
  async proposeDelegationMember(@CurrentActor() actor: Actor, @Args('input') input: AddDelegationMemberInput): Promise<DelegationMemberProposal> {
    const { dossier, standing } = await this.access.require(actor, input.dossierId, 'dossier.read');
    return this.requests.bring(actor, dossier, standing, input.constituency, input.userId, input.lead);
  }

  @InDossier('dossier.read', 'canDecideForDelegation')
  @Mutation(() => Participant, { description: 'A lead of the delegation confirms a proposed member, who is seated.' })
  async confirmDelegationRequest(@CurrentActor() actor: Actor, @Args('requestId', { type: () => ID }) requestId: string): Promise<Participant> {
    const request = await this.requests.get(requestId);
    const { dossier, standing } = await this.access.require(actor, request.dossierId, 'dossier.read', 'The request');
    return (await this.requests.decide(actor, dossier, standing, request, true))!;
  }

  @InDossier('dossier.read', 'canDecideForDelegation')
  @Mutation(() => Boolean, { description: 'A lead of the delegation declines a proposed member (or the proposer withdraws the proposal).' })
  async declineDelegationRequest(@CurrentActor() actor: Actor, @Args('requestId', { type: () => ID }) requestId: string): Promise<boolean> {
    const request = await this.requests.get(requestId);
    const { dossier, standing } = await this.access.require(actor, request.dossierId, 'dossier.read', 'The request');
    await this.requests.decide(actor, dossier, standing, request, false);
    return true;
  }

  @ResolveField(() => User)
  user(@Parent() request: DelegationRequest, @Context('req') http: object): Promise<User> {
    return this.userById(http, request.userId);
  }

  @ResolveField(() => User, { description: 'Who proposed the person.' })
  requestedBy(@Parent() request: DelegationRequest, @Context('req') http: object): Promise<User> {
    return this.userById(http, request.requestedById);
  }

  @ResolveField(() => Boolean, { description: 'Whether the signed-in person may confirm or decline it (a lead of the delegation).' })
  async canDecide(@Parent() request: DelegationRequest, @CurrentActor() actor: Actor, @Context('req') http: object): Promise<boolean> {
    return canDecideForDelegation(await this.access.standingOnce(http, actor, request.dossierId), request.delegationId);
  }

  private userById(http: object, id: string): Promise<User> {
    return this.reads.user(http, id);
  }
}

@Resolver(() => Delegation)
export class DelegationProposalsResolver {
  constructor(
    private readonly proposals: DelegationRequestsService,
    private readonly access: DossierAccess,
  ) {}

  @ResolveField(() => [DelegationRequest], { description: 'People proposed for this delegation, awaiting a lead: shown to the delegation and to the dossier’s facilitators.' })
  async requests(@Parent() delegation: Delegation, @CurrentActor() actor: Actor, @Context('req') http: object): Promise<DelegationRequest[]> {
    const standing = await this.access.standingOnce(http, actor, delegation.dossierId);
    return canSeeDelegationRequests(standing, delegation.id) ? this.proposals.pending(delegation.id) : [];
  }
}
