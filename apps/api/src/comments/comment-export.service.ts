import { Injectable } from '@nestjs/common';
import { provisionName } from '@tripart/contracts';
import type { Actor } from '../access/actor';
import { DossierAccess } from '../access/dossier-access.service';
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
  ) {}

  async of(actor: Actor, dossierId: string, labels: ExportLabels): Promise<{ title: string; rows: ExportRow[] }> {
    const { dossier, standing } = await this.access.require(actor, dossierId, 'comment.export');
    const comments = await this.reader.visible(standing, { dossierId: dossier.id });
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
