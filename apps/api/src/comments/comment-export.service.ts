import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { provisionName } from '@tripart/contracts';
import type { Actor } from '../access/actor';
import { DossierAccess } from '../access/dossier-access.service';
import { AuditService } from '../audit/audit.service';
import { ProvisionDirectory } from '../dossiers/drafts/provision-directory';
import { CommentReader } from './comment-reader.service';
import { exportRows, type ExportRow } from './comment-export.rows';
import type { ExportLabels } from './comment-export.labels';

/** The comments a requester may see, as rows of a synthesis report (CSV or Word). */
@Injectable()
export class CommentExport {
  constructor(
    private readonly access: DossierAccess,
    private readonly reader: CommentReader,
    private readonly provisions: ProvisionDirectory,
    private readonly audit: AuditService,
    @InjectDataSource() private readonly dataSource: DataSource,
  ) {}

  async of(actor: Actor, dossierId: string, labels: ExportLabels, format: 'csv' | 'docx'): Promise<{ title: string; rows: ExportRow[] }> {
    const { dossier, standing } = await this.access.require(actor, dossierId, 'comment.export');
    const comments = await this.reader.visible(standing, { dossierId: dossier.id });
    // Non-public data leaves the platform: recorded before it is sent (no record, no file). A delegate's export holds
    // their side's private comments: the event is that side's; anyone else's holds plenary ones, for those who manage the dossier.
    const privateComments = comments.filter((comment) => comment.visibility === 'DELEGATION').length;
    await this.dataSource.transaction((manager) =>
      this.audit.record(manager, {
        actorId: actor.userId, action: 'comments.exported', subjectId: dossier.id, dossierId: dossier.id,
        data: { format, comments: comments.length, delegationComments: privateComments },
        ...(standing.delegationId ? { audience: 'DELEGATION', delegationId: standing.delegationId } : { audience: 'MANAGERS' }),
      }),
    );
    const threads = await this.reader.threads(standing, comments);
    const provisions = await this.provisions.byIds(comments.map((comment) => comment.provisionId));
    const units = await this.provisions.byIds([...provisions.values()].flatMap((provision) => (provision.parentId ? [provision.parentId] : [])));
    const label = (id: string) => {
      const provision = provisions.get(id);
      if (!provision) return '';
      const unit = provision.parentId ? units.get(provision.parentId) : undefined;
      return `${provisionName(provision, unit, (kind) => labels.kinds[kind] ?? labels.columns.provision)} (v${provision.version})`;
    };
    return { title: dossier.title, rows: exportRows(threads, label, labels) };
  }
}
