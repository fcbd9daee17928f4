import { Controller, Get, Param, Res } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { Response } from 'express';
import type { DataSource } from 'typeorm';
import { InDossier } from '../access/access-rule.decorator';
import type { Actor } from '../access/actor';
import { CurrentActor } from '../access/current-actor.decorator';
import { DossierAccess } from '../access/dossier-access.service';
import { CommentReader } from './comment-reader.service';
import { exportRows, toCsv } from './comment-export.rows';
import { toDocx } from './comment-export.docx';
import { exportLabels, type ExportLabels } from './comment-export.labels';

/** Comments the requester may see, for synthesis reports. */
@Controller('api/dossiers')
export class CommentsExportController {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly access: DossierAccess,
    private readonly reader: CommentReader,
  ) {}

  @InDossier('comment.export')
  @Get(':id/comments.csv')
  async csv(@CurrentActor() actor: Actor, @Param('id') id: string, @Res() response: Response): Promise<void> {
    const labels = exportLabels(actor.locale);
    const { title, rows } = await this.rows(actor, id, labels);
    response.setHeader('Content-Type', 'text/csv; charset=utf-8');
    response.setHeader('Content-Language', labels.locale);
    response.setHeader('Content-Disposition', `attachment; filename="${fileName(title, labels)}.csv"`);
    response.send(toCsv(rows, labels));
  }

  @InDossier('comment.export')
  @Get(':id/comments.docx')
  async docx(@CurrentActor() actor: Actor, @Param('id') id: string, @Res() response: Response): Promise<void> {
    const labels = exportLabels(actor.locale);
    const { title, rows } = await this.rows(actor, id, labels);
    response.setHeader('Content-Type', 'application/vnd.openxmlformats-officedocument.wordprocessingml.document');
    response.setHeader('Content-Language', labels.locale);
    response.setHeader('Content-Disposition', `attachment; filename="${fileName(title, labels)}.docx"`);
    response.send(await toDocx(title, rows, labels));
  }

  private async rows(actor: Actor, dossierId: string, labels: ExportLabels) {
    const { dossier, standing } = await this.access.require(actor, dossierId, 'comment.export');
    const comments = await this.reader.visible(standing, { dossierId: dossier.id });
    const threads = await this.reader.threads(standing, comments);
    const provisions: Array<{ id: string; number: string | null; heading: string | null; version: number }> = await this.dataSource.query(
      `SELECT p.id, p.number, p.heading, d.version FROM provision p JOIN draft d ON d.id = p.draft_id WHERE p.id = ANY($1)`,
      [[...new Set(comments.map((c) => c.provisionId))]],
    );
    const label = (id: string) => {
      const p = provisions.find((row) => row.id === id);
      return p ? [p.number, p.heading].filter(Boolean).join(' — ') + ` (v${p.version})` : '';
    };
    return { title: dossier.title, rows: exportRows(threads, label, labels) };
  }
}

function fileName(title: string, labels: ExportLabels): string {
  return `${title.normalize('NFKD').replace(/[^\w\s-]/g, '').trim().replace(/\s+/g, '-').slice(0, 60) || 'dossier'}-${labels.fileSuffix}`;
}
