import { Context, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { requestLoader } from '../common/request-loaders';
import { Dossier } from '../dossiers/dossier.entity';
import { AgendaItem } from './agenda-item.entity';
import { Outcome } from './outcome.entity';
import { SessionReads } from './session-reads.repository';
import { Stance } from './stance.entity';

@Resolver(() => AgendaItem)
export class AgendaItemsResolver {
  constructor(private readonly reads: SessionReads) {}

  @ResolveField(() => Outcome, { nullable: true })
  async outcome(@Parent() item: AgendaItem, @Context('req') request: object): Promise<Outcome | null> {
    const outcomes = await requestLoader(request, 'outcomeOfItem', (ids: readonly string[]) => this.reads.outcomesOfItems(ids)).load(item.id);
    return outcomes[0] ?? null;
  }

  @ResolveField(() => [Stance], { description: 'The sides’ stances in the latest consensus check on this item.' })
  stances(@Parent() item: AgendaItem, @Context('req') request: object): Promise<Stance[]> {
    return requestLoader(request, 'stancesOfItem', (ids: readonly string[]) => this.reads.latestStancesOfItems(ids)).load(item.id);
  }
}

@Resolver(() => Dossier)
export class DossierOutcomesResolver {
  constructor(private readonly reads: SessionReads) {}

  @ResolveField(() => [Outcome], { description: 'Outcomes recorded in this dossier’s sessions, per provision.' })
  outcomes(@Parent() dossier: Dossier): Promise<Outcome[]> {
    return this.reads.outcomesOfDossier(dossier.id);
  }
}
