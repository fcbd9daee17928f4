import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import type { Actor } from '../../access/actor';
import { DossierAccess } from '../../access/dossier-access.service';
import { AuditService } from '../../audit/audit.service';
import { notFound } from '../../common/errors';
import { MinutesRepository } from '../minutes.repository';
import { minutesExportLabels } from './minutes-export.labels';
import type { MinutesExportDocument, MinutesExportFormat } from './minutes-export.document';

const MINUTES = 'The minutes record';

/**
 * One revision of minutes as an export renders it, for whoever may export
 * them (the one policy: 'minutes.export'). Minutes are plenary record, so
 * an export holds nothing a seated person cannot read already; the sealed
 * revision of sealed minutes is the agreed public record and its export is
 * not audited. Any other revision is text not (or no longer) agreed by the
 * three sides: its copy leaving the platform is recorded, for everyone
 * seated, before it is sent (no record, no file).
 */
@Injectable()
export class MinutesExport {
  constructor(
    private readonly access: DossierAccess,
    private readonly repository: MinutesRepository,
    private readonly audit: AuditService,
    @InjectDataSource() private readonly dataSource: DataSource,
  ) {}

  /** `revision`: its number; undefined, the sealed revision of sealed minutes, else the newest. */
  async of(actor: Actor, minutesId: string, revision: number | undefined, format: MinutesExportFormat): Promise<MinutesExportDocument> {
    const minutes = await this.repository.find(minutesId);
    if (!minutes) throw notFound(MINUTES);
    const { dossier } = await this.access.require(actor, minutes.dossierId, 'minutes.export', MINUTES);
    const view = (await this.repository.ofSession(minutes.sessionId, { signatory: null, canDraft: false })).find((candidate) => candidate.id === minutes.id);
    if (!view) throw notFound(MINUTES);
    const number = revision ?? view.sealedRevision ?? view.revisions.at(-1)!.number;
    const chosen = view.revisions.find((candidate) => candidate.number === number);
    if (!chosen) throw notFound(`Revision ${number}`);
    const sealed = view.state === 'SEALED' && view.sealedRevision === chosen.number;
    if (!sealed) {
      await this.dataSource.transaction((manager) =>
        this.audit.record(manager, {
          actorId: actor.userId, action: 'minutes.exported', subjectId: minutes.id, dossierId: minutes.dossierId,
          data: { sessionId: minutes.sessionId, kind: minutes.kind, format, revision: chosen.number, state: view.state, contentHash: chosen.contentHash },
        }),
      );
    }
    return {
      minutesId: minutes.id,
      kind: minutes.kind,
      state: sealed ? 'SEALED' : view.state === 'SEALED' ? 'SENT' : view.state,
      revision: chosen.number,
      sentAt: chosen.sentAt,
      contentHash: chosen.contentHash,
      content: chosen.content as MinutesExportDocument['content'],
      approvals: chosen.approvals,
      seal: sealed ? { hash: view.sealHash!, at: view.sealedAt!, eventSeq: view.sealEventSeq } : null,
      dossier: { id: dossier.id, title: dossier.title, countryCode: dossier.countryCode },
      exportedAt: new Date(),
      labels: minutesExportLabels(actor.locale),
    };
  }
}
