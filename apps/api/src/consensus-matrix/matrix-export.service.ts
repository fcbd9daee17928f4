import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { answeredCount, buildMatrix, filterMatrix, type MatrixFilter } from '@tripart/contracts';
import type { Actor } from '../access/actor';
import { DossierAccess } from '../access/dossier-access.service';
import { AuditService } from '../audit/audit.service';
import type { MatrixExportDocument, MatrixExportFormat } from './matrix-export.document';
import { matrixExportLabels } from './matrix-export.labels';
import { MatrixReader } from './matrix.reader';

/**
 * The consensus matrix as a printed export, for whoever may export it (the
 * one policy: 'matrix.export'): the rows the web's table shows, built by the
 * same function from the same data, kept by the same filter. Its copy
 * leaving the platform is recorded, for everyone seated, before it is sent.
 */
@Injectable()
export class MatrixExport {
  constructor(
    private readonly access: DossierAccess,
    private readonly reader: MatrixReader,
    private readonly audit: AuditService,
    @InjectDataSource() private readonly dataSource: DataSource,
  ) {}

  async of(actor: Actor, dossierId: string, format: MatrixExportFormat, filter: MatrixFilter): Promise<MatrixExportDocument> {
    const { dossier, standing } = await this.access.require(actor, dossierId, 'matrix.export');
    const labels = matrixExportLabels(actor.locale);
    const { input, draftVersion } = await this.reader.read(dossier.id, standing);
    const rows = filterMatrix(buildMatrix(input, (p) => [p.number ?? labels.headers.provision, p.heading].filter(Boolean).join(' — ')), filter);
    await this.dataSource.transaction((manager) =>
      this.audit.record(manager, { actorId: actor.userId, action: 'matrix.exported', subjectId: dossier.id, dossierId: dossier.id, data: { format, filter, rows: rows.length, draftVersion } }),
    );
    return { dossier: { id: dossier.id, title: dossier.title }, draftVersion, rows, filter, answered: answeredCount(input), exportedAt: new Date(), labels };
  }
}
