import type { MinutesContent, MinutesDecision, MinutesKind, MinutesSignatory, MinutesState } from '@tripart/contracts';
import { fileNamePart } from '../../common/print/print-text';
import type { MinutesExportLabels } from './minutes-export.labels';

export { isRightToLeft, paragraphsOf } from '../../common/print/print-blocks';

export const MINUTES_EXPORT_FORMATS = ['pdf', 'docx', 'akn'] as const;
export type MinutesExportFormat = (typeof MINUTES_EXPORT_FORMATS)[number];

/** One signatory's decision on the exported revision, as everyone seated sees it. */
export interface ExportedApproval {
  signatory: MinutesSignatory;
  decision: MinutesDecision;
  comment: string;
  decidedBy: string;
  decidedAt: Date;
}

/** Everything an export renders: one revision of minutes (or of an addendum), its approvals and, when it is the sealed one, the seal. */
export interface MinutesExportDocument {
  minutesId: string;
  kind: MinutesKind;
  /** The state of the minutes as a whole (SEALED only when this revision is the sealed one). */
  state: MinutesState;
  revision: number;
  sentAt: Date | null;
  /** SHA-256 of this revision's canonical content (the seal's hash when sealed). */
  contentHash: string;
  content: MinutesContent;
  approvals: ExportedApproval[];
  seal: { hash: string; at: Date; eventSeq: string | null } | null;
  dossier: { id: string; title: string; countryCode: string };
  exportedAt: Date;
  labels: MinutesExportLabels;
}

/** The file name: the session's title made safe, then the kind and revision in the requester's language ("Session-3-acta-r2"). */
export function exportFileName(document: MinutesExportDocument): string {
  return `${fileNamePart(document.content.session.title, 'session')}-${document.labels.fileSuffix[document.kind]}-r${document.revision}`;
}
