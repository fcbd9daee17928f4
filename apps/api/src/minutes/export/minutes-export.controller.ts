import { Controller, Get, Param, Query, Res } from '@nestjs/common';
import type { Response } from 'express';
import { InDossier } from '../../access/access-rule.decorator';
import type { Actor } from '../../access/actor';
import { CurrentActor } from '../../access/current-actor.decorator';
import { badInput } from '../../common/errors';
import { PRINT_FILE_TYPES, sendDownload } from '../../common/print/download';
import { toMinutesAkn } from './minutes-akn';
import { toMinutesDocx } from './minutes-docx';
import { exportFileName, MINUTES_EXPORT_FORMATS, type MinutesExportDocument, type MinutesExportFormat } from './minutes-export.document';
import { MinutesExport } from './minutes-export.service';
import { toMinutesPdf } from './minutes-pdf';

const FILES: Record<MinutesExportFormat, { type: string; extension: string; render: (document: MinutesExportDocument) => Promise<Buffer | string> | Buffer | string }> = {
  pdf: { ...PRINT_FILE_TYPES.pdf, render: toMinutesPdf },
  docx: { ...PRINT_FILE_TYPES.docx, render: toMinutesDocx },
  akn: { type: 'application/akn+xml; charset=utf-8', extension: 'akn.xml', render: toMinutesAkn },
};

function formatOf(value: unknown): MinutesExportFormat {
  if (typeof value === 'string' && (MINUTES_EXPORT_FORMATS as readonly string[]).includes(value)) return value as MinutesExportFormat;
  throw badInput('Ask for format=pdf, docx or akn.', [{ field: 'format', message: 'Ask for format=pdf, docx or akn.', constraint: 'isIn' }]);
}

function revisionOf(value: unknown): number | undefined {
  if (value === undefined || value === '') return undefined;
  if (typeof value === 'string' && /^[1-9]\d{0,5}$/.test(value)) return Number(value);
  throw badInput('A revision is a whole number from 1.', [{ field: 'revision', message: 'A revision is a whole number from 1.', constraint: 'isInt' }]);
}

/** Minutes as PDF/A-2b, Word or Akoma Ntoso, in the requester's language. */
@Controller('api/minutes')
export class MinutesExportController {
  constructor(private readonly exports: MinutesExport) {}

  @InDossier('minutes.export')
  @Get(':minutesId/export')
  async export(
    @CurrentActor() actor: Actor,
    @Param('minutesId') minutesId: string,
    @Query('format') format: unknown,
    @Query('revision') revision: unknown,
    @Res() response: Response,
  ): Promise<void> {
    const file = FILES[formatOf(format)];
    const document = await this.exports.of(actor, minutesId, revisionOf(revision), formatOf(format));
    const body = await file.render(document);
    sendDownload(response, {
      name: `${exportFileName(document)}.${file.extension}`,
      type: file.type,
      locale: document.labels.locale,
      body,
      headers: document.seal ? { 'X-Minutes-Seal': document.seal.hash } : {},
    });
  }
}
