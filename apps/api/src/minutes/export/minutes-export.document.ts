import type { MinutesContent, MinutesDecision, MinutesKind, MinutesSignatory, MinutesState } from '@tripart/contracts';
import type { MinutesExportLabels } from './minutes-export.labels';

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

/** True when the text is written right to left: its first strong character is Arabic or Hebrew. */
export function isRightToLeft(text: string): boolean {
  const strong = /[A-Za-z\u00C0-\u024F\u0370-\u03FF\u0400-\u04FF]|[\u0590-\u08FF\uFB1D-\uFDFF\uFE70-\uFEFF]/u.exec(text);
  return strong !== null && /[\u0590-\u08FF\uFB1D-\uFDFF\uFE70-\uFEFF]/u.test(strong[0]);
}

/** A narrative's paragraphs: split on blank lines, each paragraph's own line breaks kept; empty ones dropped. */
export function paragraphsOf(text: string): string[] {
  return text
    .replace(/\r\n?/g, '\n')
    .split(/\n\s*\n/)
    .map((paragraph) => paragraph.trim())
    .filter(Boolean);
}

/** The file name: the session's title made safe, then the kind and revision in the requester's language ("Session-3-acta-r2"). */
export function exportFileName(document: MinutesExportDocument): string {
  const title = document.content.session.title.normalize('NFKD').replace(/[^\w\s-]/g, '').trim().replace(/\s+/g, '-').slice(0, 60) || 'session';
  return `${title}-${document.labels.fileSuffix[document.kind]}-r${document.revision}`;
}
