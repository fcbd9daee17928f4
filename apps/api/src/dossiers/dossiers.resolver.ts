import { Args, Context, ID, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { Allow, AcrossMyDossiers, InDossier } from '../access/access-rule.decorator';
import type { Actor } from '../access/actor';
import { CurrentActor } from '../access/current-actor.decorator';
import { canInDossier, delegationSeating } from '../access/dossier-policy';
import { requestLoader } from '../common/request-loaders';
import { Convention } from '../reference/convention.entity';
import { Country } from '../reference/country.entity';
import { ReferenceService } from '../reference/reference.service';
import { Delegation } from './delegation.entity';
import { DossierAccess } from '../access/dossier-access.service';
import { DossierReads } from './dossier-reads.repository';
import { Dossier } from './dossier.entity';
import { DossierStandingView, Parity } from './dossier.types';
import { DossiersService } from './dossiers.service';
import { CreateDossierInput, UpdateDossierInput } from './dto/dossier.inputs';
import { Participant } from './participant.entity';

@Resolver(() => Dossier)
export class DossiersResolver {
  constructor(
    private readonly reads: DossierReads,
    private readonly dossiersService: DossiersService,
    private readonly access: DossierAccess,
    private readonly reference: ReferenceService,
  ) {}

  @AcrossMyDossiers()
  @Query(() => [Dossier], { description: 'The dossiers I take part in (administrators: all).' })
  dossiers(@CurrentActor() actor: Actor): Promise<Dossier[]> {
    return this.dossiersService.listFor(actor);
  }

  @InDossier('dossier.read')
  @Query(() => Dossier)
  async dossier(@CurrentActor() actor: Actor, @Args('id', { type: () => ID }) id: string, @Context('req') request: object): Promise<Dossier> {
    return (await this.access.readOnce(request, actor, id)).dossier;
  }

  @Allow('dossier.create')
  @Mutation(() => Dossier, { description: 'Open a dossier with its three delegations; I facilitate it.' })
  createDossier(@CurrentActor() actor: Actor, @Args('input') input: CreateDossierInput): Promise<Dossier> {
    return this.dossiersService.create(actor, input);
  }

  @InDossier('dossier.manage')
  @Mutation(() => Dossier)
  async updateDossier(
    @CurrentActor() actor: Actor,
    @Args('id', { type: () => ID }) id: string,
    @Args('input') input: UpdateDossierInput,
  ): Promise<Dossier> {
    const { dossier, standing } = await this.access.require(actor, id, 'dossier.manage');
    return this.dossiersService.update(actor, dossier, input, standing);
  }

  @ResolveField(() => Country)
  country(@Parent() dossier: Dossier, @Context('req') request: object): Promise<Country> {
    return requestLoader(request, 'country', (codes: readonly string[]) => this.reference.countriesByCode(codes)).load(dossier.countryCode);
  }

  @ResolveField(() => [Convention])
  conventions(@Parent() dossier: Dossier, @Context('req') request: object): Promise<Convention[]> {
    return this.reads.conventionsOf(request, dossier.id);
  }

  @ResolveField(() => [Delegation], { description: 'Government, employers, workers: always three.' })
  delegations(@Parent() dossier: Dossier, @Context('req') request: object): Promise<Delegation[]> {
    return this.reads.delegationsOf(request, dossier.id);
  }

  @ResolveField(() => [Participant], { description: 'Everyone taking part: delegates, facilitators, observers.' })
  participants(@Parent() dossier: Dossier, @Context('req') request: object): Promise<Participant[]> {
    return this.reads.participantsOf(request, dossier.id);
  }

  @ResolveField(() => Parity)
  async parity(@Parent() dossier: Dossier, @Context('req') request: object): Promise<Parity> {
    const [participants, delegations] = await Promise.all([
      this.reads.participantsOf(request, dossier.id),
      this.delegations(dossier, request),
    ]);
    const count = (side: string) => {
      const delegation = delegations.find((d) => d.constituency === side);
      return participants.filter((p) => p.delegationId === delegation?.id).length;
    };
    return { government: count('GOVERNMENT'), employers: count('EMPLOYERS'), workers: count('WORKERS') };
  }

  @ResolveField(() => DossierStandingView)
  async me(@Parent() dossier: Dossier, @CurrentActor() actor: Actor, @Context('req') request: object): Promise<DossierStandingView> {
    const standing = await this.access.standing(actor, dossier);
    const delegations = await this.delegations(dossier, request);
    return {
      role: standing.role,
      constituency: delegations.find((d) => d.id === standing.delegationId)?.constituency ?? null,
      isLead: standing.isLead,
      canManage: canInDossier(standing, 'dossier.manage'),
      canComment: canInDossier(standing, 'comment.plenary.write'),
      canCommentPrivately: canInDossier(standing, 'comment.delegation.write'),
      // Whether a delegation has members only changes seat-or-propose, not whether one may: asked as if it had.
      canBringInto: delegations.filter((d) => delegationSeating(standing, { id: d.id, hasMembers: true }) !== null).map((d) => d.constituency),
    };
  }
}

