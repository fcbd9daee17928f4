import { Controller, Get, Param, Query, Res } from '@nestjs/common';
import type { Response } from 'express';
import { InDossier } from '../../access/access-rule.decorator';
import type { Actor } from '../../access/actor';
import { CurrentActor } from '../../access/current-actor.decorator';
import { badInput } from '../../common/errors';
import { PRINT_FILE_TYPES, sendDownload } from '../../common/print/download';
import { printDocx } from '../../common/print/print-docx';
import { printPdf } from '../../common/print/print-pdf';
import { fileNamePart } from '../../common/print/print-text';
import { EVIDENCE_EXPORT_FORMATS, EvidenceExport, type EvidenceExportFormat } from './evidence-export.service';
import { evidencePrintoutOf } from './evidence-printout';

const ASK = 'Ask for format=pdf or docx.';

function formatOf(value: unknown): EvidenceExportFormat {
  if (typeof value === 'string' && (EVIDENCE_EXPORT_FORMATS as readonly string[]).includes(value)) return value as EvidenceExportFormat;
  throw badInput(ASK, [{ field: 'format', message: ASK, constraint: 'isIn' }]);
}

/** The dossier's C144 evidence pack as PDF/A-2b or Word, in the requester's language. */
@Controller('api/dossiers')
export class EvidenceExportController {
  constructor(private readonly exports: EvidenceExport) {}

  @InDossier('evidence.export')
  @Get(':dossierId/evidence')
  async export(@CurrentActor() actor: Actor, @Param('dossierId') dossierId: string, @Query('format') format: unknown, @Res() response: Response): Promise<void> {
    const chosen = formatOf(format);
    const document = await this.exports.of(actor, dossierId, chosen);
    const printout = evidencePrintoutOf(document);
    const body = chosen === 'pdf' ? printPdf(printout, 'The evidence pack PDF') : await printDocx(printout);
    const { type, extension } = PRINT_FILE_TYPES[chosen];
    sendDownload(response, {
      name: `${fileNamePart(document.pack.dossierTitle, 'dossier')}-${document.labels.fileSuffix}.${extension}`,
      type,
      locale: document.labels.locale,
      body,
      headers: { 'X-Evidence-Up-To-Event': document.pack.upToEvent },
    });
  }
}
