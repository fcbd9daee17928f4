import { Args, Context, ID, Mutation, Query, Resolver } from '@nestjs/graphql';
import { InDossier } from '../access/access-rule.decorator';
import type { Actor } from '../access/actor';
import { CurrentActor } from '../access/current-actor.decorator';
import { DossierAccess } from '../access/dossier-access.service';
import { forbidden } from '../common/errors';
import { presentResponse, ResponsesOverview } from './responses-overview';
import { ContributionResponses, GovernmentResponse, RespondToContributionInput } from './response.types';
import { ResponsesService } from './responses.service';

@Resolver()
export class ResponsesResolver {
  constructor(
    private readonly access: DossierAccess,
    private readonly overview: ResponsesOverview,
    private readonly responses: ResponsesService,
  ) {}

  @InDossier('dossier.read')
  @Query(() => ContributionResponses, { description: 'Every submitted contribution of a dossier with the government’s response, and how many are answered.' })
  async contributionResponses(@CurrentActor() actor: Actor, @Args('dossierId', { type: () => ID }) dossierId: string, @Context('req') request: object): Promise<ContributionResponses> {
    return this.overview.read(dossierId, await this.access.standingOnce(request, actor, dossierId));
  }

  @InDossier('response.draft', 'respondsForGovernment')
  @Mutation(() => GovernmentResponse, { description: 'Draft (government delegates) or record (its leads) the government’s response to a contribution.' })
  async respondToContribution(@CurrentActor() actor: Actor, @Args('input') input: RespondToContributionInput): Promise<GovernmentResponse> {
    const { standing } = await this.access.require(actor, input.dossierId, 'response.draft');
    if (!(await this.overview.forGovernment(standing))) throw forbidden('Only the government delegation responds to contributions.');
    return presentResponse(await this.responses.respond(actor, standing, input));
  }
}
