import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource, EntityManager } from 'typeorm';
import { isUuid } from '../common/ids';
import { Submission } from './submission.entity';

/** What other features (a session's joint text) read of submitted positions: they ask this, never the table. */
@Injectable()
export class SubmissionDirectory {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /**
   * The wording a submission of the dossier proposes for a provision: '' when it proposes none,
   * null when the dossier has no such submission.
   */
  /** Each delegation's latest submission on each draft of the dossier (earlier ones are superseded), oldest first. */
  latestOf(dossierId: string, manager: EntityManager = this.dataSource.manager): Promise<Submission[]> {
    return manager
      .getRepository(Submission)
      .createQueryBuilder('s')
      .distinctOn(['s.delegation_id', 's.draft_id'])
      .where('s.dossier_id = :dossierId', { dossierId })
      .orderBy('s.delegation_id')
      .addOrderBy('s.draft_id')
      .addOrderBy('s.number', 'DESC')
      .getMany()
      .then((rows) => rows.sort((a, b) => a.submittedAt.getTime() - b.submittedAt.getTime()));
  }

  /** Every submission of the dossier, superseded ones too, oldest first: what the responses trace a resubmission through. */
  allOf(dossierId: string, manager: EntityManager = this.dataSource.manager): Promise<Submission[]> {
    return manager.getRepository(Submission).find({ where: { dossierId }, order: { submittedAt: 'ASC', number: 'ASC' } });
  }

  async proposedWording(submissionId: string | undefined, dossierId: string, provisionId: string): Promise<string | null> {
    if (!isUuid(submissionId)) return null;
    const submission = await this.dataSource.getRepository(Submission).findOne({ where: { id: submissionId, dossierId }, select: { id: true, content: true } });
    if (!submission) return null;
    return submission.content.provisions.find((entry) => entry.provisionId === provisionId)?.proposedWording ?? '';
  }
}
