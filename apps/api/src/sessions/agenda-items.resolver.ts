import { Context, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { InjectDataSource } from '@nestjs/typeorm';
import { In, type DataSource } from 'typeorm';
import { groupBy, requestLoader } from '../common/request-loaders';
import { Dossier } from '../dossiers/dossier.entity';
import { AgendaItem } from './agenda-item.entity';
import { Outcome } from './outcome.entity';
import { Stance } from './stance.entity';

@Resolver(() => AgendaItem)
export class AgendaItemsResolver {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  @ResolveField(() => Outcome, { nullable: true })
  async outcome(@Parent() item: AgendaItem, @Context('req') request: object): Promise<Outcome | null> {
    const outcomes = await requestLoader(request, 'outcomeOfItem', async (ids: readonly string[]) => {
      const rows = await this.dataSource.getRepository(Outcome).find({ where: { agendaItemId: In([...ids]) } });
      return groupBy(ids, rows, (row) => row.agendaItemId);
    }).load(item.id);
    return outcomes[0] ?? null;
  }

  @ResolveField(() => [Stance], { description: 'The sides’ stances in the latest consensus check on this item.' })
  stances(@Parent() item: AgendaItem, @Context('req') request: object): Promise<Stance[]> {
    return requestLoader(request, 'stancesOfItem', async (ids: readonly string[]) => {
      const rows = await this.dataSource.getRepository(Stance).find({ where: { agendaItemId: In([...ids]) }, order: { declaredAt: 'DESC' } });
      return groupBy(ids, rows, (row) => row.agendaItemId).map((stances) => {
        const latestRound = stances[0]?.roundId;
        return stances.filter((s) => s.roundId === latestRound).sort((a, b) => a.constituency.localeCompare(b.constituency));
      });
    }).load(item.id);
  }
}

@Resolver(() => Dossier)
export class DossierOutcomesResolver {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  @ResolveField(() => [Outcome], { description: 'Outcomes recorded in this dossier’s sessions, per provision.' })
  outcomes(@Parent() dossier: Dossier): Promise<Outcome[]> {
    return this.dataSource
      .getRepository(Outcome)
      .createQueryBuilder('o')
      .innerJoin('consultation_session', 's', 's.id = o.session_id')
      .where('s.dossier_id = :dossierId', { dossierId: dossier.id })
      .orderBy('o.recorded_at', 'ASC')
      .getMany();
  }
}
