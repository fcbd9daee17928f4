import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource, EntityManager } from 'typeorm';
import { ContributionResponse } from './contribution-response.entity';

type Fields = Omit<ContributionResponse, 'id' | 'updatedAt' | 'dossier' | 'submission'>;

/** The only place that reads and writes the responses' table. */
@Injectable()
export class ResponsesRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** A dossier's responses; `recordedOnly` for whoever may not read the government's drafts. */
  ofDossier(dossierId: string, recordedOnly: boolean, manager: EntityManager = this.dataSource.manager): Promise<ContributionResponse[]> {
    return manager.getRepository(ContributionResponse).find({ where: { dossierId, ...(recordedOnly ? { status: 'RECORDED' as const } : {}) } });
  }

  /** The response to one contribution, locked for the rest of the caller's transaction. */
  lockedFor(manager: EntityManager, submissionId: string, provisionId: string): Promise<ContributionResponse | null> {
    return manager
      .getRepository(ContributionResponse)
      .createQueryBuilder('r')
      .setLock('pessimistic_write')
      .where('r.submission_id = :submissionId AND r.provision_id = :provisionId', { submissionId, provisionId })
      .getOne();
  }

  save(manager: EntityManager, existing: ContributionResponse | null, fields: Fields): Promise<ContributionResponse> {
    return manager.getRepository(ContributionResponse).save({ ...(existing ?? {}), ...fields });
  }
}
