import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
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
  async proposedWording(submissionId: string | undefined, dossierId: string, provisionId: string): Promise<string | null> {
    if (!isUuid(submissionId)) return null;
    const submission = await this.dataSource.getRepository(Submission).findOne({ where: { id: submissionId, dossierId }, select: { id: true, content: true } });
    if (!submission) return null;
    return submission.content.provisions.find((entry) => entry.provisionId === provisionId)?.proposedWording ?? '';
  }
}
