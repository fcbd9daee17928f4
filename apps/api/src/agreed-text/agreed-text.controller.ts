import { Controller, Get, Param, Query, Res } from '@nestjs/common';
import type { Response } from 'express';
import { InDossier } from '../access/access-rule.decorator';
import type { Actor } from '../access/actor';
import { CurrentActor } from '../access/current-actor.decorator';
import { badInput } from '../common/errors';
import { sendDownload } from '../common/print/download';
import { fileNamePart } from '../common/print/print-text';
import { toAgreedTextAkn } from './agreed-text-akn';
import { AgreedTextExport } from './agreed-text.service';

const FORMAT_ERROR = 'Ask for format=akn.';

/** The dossier's newest draft with the texts agreed in sessions, as an Akoma Ntoso bill, in the requester's language. */
@Controller('api/dossiers')
export class AgreedTextController {
  constructor(private readonly exports: AgreedTextExport) {}

  @InDossier('agreed-text.export')
  @Get(':dossierId/agreed-text')
  async export(@CurrentActor() actor: Actor, @Param('dossierId') dossierId: string, @Query('format') format: unknown, @Res() response: Response): Promise<void> {
    if (format !== 'akn') throw badInput(FORMAT_ERROR, [{ field: 'format', message: FORMAT_ERROR, constraint: 'isIn' }]);
    const document = await this.exports.of(actor, dossierId, format);
    const name = `${fileNamePart(document.dossier.title, 'dossier')}-${document.labels.fileName}-v${document.draft.version}.akn.xml`;
    sendDownload(response, { name, type: 'application/akn+xml; charset=utf-8', locale: document.labels.locale, body: toAgreedTextAkn(document) });
  }
}
