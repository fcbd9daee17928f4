import { Controller, Get, Param, Query, Res } from '@nestjs/common';
import type { Response } from 'express';
import type { MatrixFilter } from '@tripart/contracts';
import { InDossier } from '../access/access-rule.decorator';
import type { Actor } from '../access/actor';
import { CurrentActor } from '../access/current-actor.decorator';
import { badInput } from '../common/errors';
import { PRINT_FILE_TYPES, sendDownload } from '../common/print/download';
import { printDocx } from '../common/print/print-docx';
import { printPdf } from '../common/print/print-pdf';
import { fileNamePart } from '../common/print/print-text';
import { MATRIX_EXPORT_FORMATS, type MatrixExportFormat } from './matrix-export.document';
import { MatrixExport } from './matrix-export.service';
import { matrixPrintoutOf } from './matrix-printout';

const FORMAT_ERROR = 'Ask for format=pdf or docx.';

function formatOf(value: unknown): MatrixExportFormat {
  if (typeof value === 'string' && (MATRIX_EXPORT_FORMATS as readonly string[]).includes(value)) return value as MatrixExportFormat;
  throw badInput(FORMAT_ERROR, [{ field: 'format', message: FORMAT_ERROR, constraint: 'isIn' }]);
}

/** A filter is on with `true`, off when absent or `false`; anything else is a mistake worth saying. */
function switchOf(field: keyof MatrixFilter, value: unknown): boolean {
  if (value === undefined || value === 'false') return false;
  if (value === 'true') return true;
  throw badInput(`Say ${field}=true or false.`, [{ field, message: `Say ${field}=true or false.`, constraint: 'isBoolean' }]);
}

/** The consensus matrix as PDF/A-2b or Word, the rows the table's filters keep, in the requester's language. */
@Controller('api/dossiers')
export class MatrixExportController {
  constructor(private readonly exports: MatrixExport) {}

  @InDossier('matrix.export')
  @Get(':dossierId/matrix')
  async export(
    @CurrentActor() actor: Actor,
    @Param('dossierId') dossierId: string,
    @Query('format') format: unknown,
    @Query('disagreement') disagreement: unknown,
    @Query('unanswered') unanswered: unknown,
    @Res() response: Response,
  ): Promise<void> {
    const chosen = formatOf(format);
    const filter = { disagreement: switchOf('disagreement', disagreement), unanswered: switchOf('unanswered', unanswered) };
    const document = await this.exports.of(actor, dossierId, chosen, filter);
    const printout = matrixPrintoutOf(document);
    const body = chosen === 'pdf' ? printPdf(printout, 'The consensus matrix PDF') : await printDocx(printout);
    const name = `${fileNamePart(document.dossier.title, 'dossier')}-${document.labels.fileName}.${PRINT_FILE_TYPES[chosen].extension}`;
    sendDownload(response, { name, type: PRINT_FILE_TYPES[chosen].type, locale: document.labels.locale, body });
  }
}
