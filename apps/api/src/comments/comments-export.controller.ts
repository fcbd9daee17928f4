import { Controller, Get, Param, Res } from '@nestjs/common';
import type { Response } from 'express';
import { InDossier } from '../access/access-rule.decorator';
import type { Actor } from '../access/actor';
import { CurrentActor } from '../access/current-actor.decorator';
import { CommentExport } from './comment-export.service';
import { toCsv } from './comment-export.rows';
import { toDocx } from './comment-export.docx';
import { exportLabels, type ExportLabels } from './comment-export.labels';

/** Comments the requester may see, for synthesis reports. */
@Controller('api/dossiers')
export class CommentsExportController {
  constructor(private readonly exports: CommentExport) {}

  @InDossier('comment.export')
  @Get(':id/comments.csv')
  async csv(@CurrentActor() actor: Actor, @Param('id') id: string, @Res() response: Response): Promise<void> {
    const labels = exportLabels(actor.locale);
    const { title, rows } = await this.exports.of(actor, id, labels, 'csv');
    response.setHeader('Content-Type', 'text/csv; charset=utf-8');
    response.setHeader('Content-Language', labels.locale);
    response.setHeader('Content-Disposition', `attachment; filename="${fileName(title, labels)}.csv"`);
    response.send(toCsv(rows, labels));
  }

  @InDossier('comment.export')
  @Get(':id/comments.docx')
  async docx(@CurrentActor() actor: Actor, @Param('id') id: string, @Res() response: Response): Promise<void> {
    const labels = exportLabels(actor.locale);
    const { title, rows } = await this.exports.of(actor, id, labels, 'docx');
    response.setHeader('Content-Type', 'application/vnd.openxmlformats-officedocument.wordprocessingml.document');
    response.setHeader('Content-Language', labels.locale);
    response.setHeader('Content-Disposition', `attachment; filename="${fileName(title, labels)}.docx"`);
    response.send(await toDocx(title, rows, labels));
  }
}

function fileName(title: string, labels: ExportLabels): string {
  return `${title.normalize('NFKD').replace(/[^\w\s-]/g, '').trim().replace(/\s+/g, '-').slice(0, 60) || 'dossier'}-${labels.fileSuffix}`;
}
