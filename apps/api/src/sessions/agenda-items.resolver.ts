import { Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { Dossier } from '../dossiers/dossier.entity';
import { AgendaItem } from './agenda-item.entity';
import { Outcome } from './outcome.entity';
import { Stance } from './stance.entity';

@Resolver(() => AgendaItem)
export class AgendaItemsResolver {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  @ResolveField(() => Outcome, { nullable: true })
  outcome(@Parent() item: AgendaItem): Promise<Outcome | null> {
    return this.dataSource.getRepository(Outcome).findOne({ where: { agendaItemId: item.id } });
  }

  @ResolveField(() => [Stance], { description: 'The sides’ stances in the latest consensus check on this item.' })
  async stances(@Parent() item: AgendaItem): Promise<Stance[]> {
    const latest = await this.dataSource.getRepository(Stance).findOne({ where: { agendaItemId: item.id }, order: { declaredAt: 'DESC' } });
    return latest ? this.dataSource.getRepository(Stance).find({ where: { roundId: latest.roundId }, order: { constituency: 'ASC' } }) : [];
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
