import { printDocx } from '../../common/print/print-docx';
import type { MinutesExportDocument } from './minutes-export.document';
import { minutesPrintoutOf } from './minutes-printout';

/** Minutes as a Word document in the requester's language: the same blocks the PDF prints. */
export const toMinutesDocx = (document: MinutesExportDocument): Promise<Buffer> => printDocx(minutesPrintoutOf(document));
