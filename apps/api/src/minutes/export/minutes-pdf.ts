import { printPdf } from '../../common/print/print-pdf';
import type { MinutesExportDocument } from './minutes-export.document';
import { minutesPrintoutOf } from './minutes-printout';

/** Minutes as PDF/A-2b, typeset by Typst (a character no shipped font has prints as "?"). */
export const toMinutesPdf = (document: MinutesExportDocument): Buffer => printPdf(minutesPrintoutOf(document), 'The minutes PDF');
