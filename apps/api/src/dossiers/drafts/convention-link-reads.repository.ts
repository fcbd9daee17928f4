import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { In, type DataSource } from 'typeorm';
import { requestLoader } from '../../common/request-loaders';
import { Convention } from '../../reference/convention.entity';
import { ConventionLink } from './convention-link.entity';
import { Draft } from './draft.entity';
import { Provision } from './provision.entity';

/** What the gap analysis reads: a link's provision, and a dossier's coverage per convention. */
@Injectable()
export class ConventionLinkReads {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** A provision by id, batched per request (an Error for one that is gone). */
  provision(request: object, provisionId: string): Promise<Provision> {
    return requestLoader(request, 'provisionById', async (ids: readonly string[]) => {
      const rows = await this.dataSource.getRepository(Provision).find({ where: { id: In([...ids]) } });
      return ids.map((id) => rows.find((row) => row.id === id) ?? new Error('gone'));
    }).load(provisionId);
  }

  /** Per convention of the dossier (and any linked from its current draft), the current draft's links to it. */
  async coverage(dossierId: string): Promise<Array<{ convention: Convention; links: ConventionLink[] }>> {
    const links = await this.dataSource
      .getRepository(ConventionLink)
      .createQueryBuilder('l')
      .innerJoin(Provision, 'p', 'p.id = l.provision_id')
      .innerJoin(Draft, 'd', 'd.id = p.draft_id')
      .where('d.dossier_id = :dossierId', { dossierId })
      .andWhere('d.version = (SELECT max(version) FROM draft WHERE dossier_id = :dossierId)')
      .orderBy('l.convention_code')
      .addOrderBy('l.article')
      .getMany();
    const linked: Array<{ convention_code: string }> = await this.dataSource.query('SELECT convention_code FROM dossier_convention WHERE dossier_id = $1', [dossierId]);
    const codes = [...new Set([...linked.map((row) => row.convention_code), ...links.map((link) => link.conventionCode)])].sort();
    const conventions = codes.length ? await this.dataSource.getRepository(Convention).find({ where: { code: In(codes) } }) : [];
    return codes.map((code) => ({ convention: conventions.find((c) => c.code === code)!, links: links.filter((link) => link.conventionCode === code) }));
  }
}
