import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import type { Actor } from '../../access/actor';
import { DossierAccess } from '../../access/dossier-access.service';
import { AuditService } from '../../audit/audit.service';
import { SubmissionDirectory } from '../../positions/submission-directory';
import { readEvidencePack } from '../evidence-pack.reader';
import { evidenceExportLabels } from './evidence-export.labels';
import type { EvidenceExportDocument } from './evidence-printout';

export const EVIDENCE_EXPORT_FORMATS = ['pdf', 'docx'] as const;
export type EvidenceExportFormat = (typeof EVIDENCE_EXPORT_FORMATS)[number];

/** PostgreSQL's serialization_failure: a REPEATABLE READ transaction met an append committed after its snapshot. */
const isSerializationFailure = (error: unknown) => {
  const { code, driverError } = (error ?? {}) as { code?: unknown; driverError?: { code?: unknown } };
  return code === '40001' || driverError?.code === '40001';
};
const ATTEMPTS = 3;

/**
 * The evidence pack as an export renders it, for whoever may export it (the
 * one policy: 'evidence.export'). The pack is plenary record, but a copy of
 * it leaving the platform is an act of consequence: `evidence.exported` is
 * appended to the dossier's chain, for everyone seated, in the transaction
 * that reads the pack — the event names the last event the copy states
 * (no record, no file; what the file says is what the chain held then).
 */
@Injectable()
export class EvidenceExport {
  constructor(
    private readonly access: DossierAccess,
    private readonly submissions: SubmissionDirectory,
    private readonly audit: AuditService,
    @InjectDataSource() private readonly dataSource: DataSource,
  ) {}

  async of(actor: Actor, dossierId: string, format: EvidenceExportFormat): Promise<EvidenceExportDocument> {
    const { dossier } = await this.access.require(actor, dossierId, 'evidence.export');
    for (let attempt = 1; ; attempt++) {
      try {
        const pack = await this.dataSource.transaction('REPEATABLE READ', async (manager) => {
          const read = await readEvidencePack(manager, dossier.id, await this.submissions.latestOf(dossier.id, manager), actor.locale);
          await this.audit.record(manager, { actorId: actor.userId, action: 'evidence.exported', subjectId: dossier.id, dossierId: dossier.id, data: { format, upToEvent: read.upToEvent } });
          return read;
        });
        return { pack, labels: evidenceExportLabels(actor.locale), exportedAt: new Date() };
      } catch (failure) {
        if (!isSerializationFailure(failure) || attempt >= ATTEMPTS) throw failure;
      }
    }
  }
}
