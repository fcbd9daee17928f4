import type { ImportWarning } from '@tripart/contracts';
import { uploadFile } from '../../shared/http/api-request';

export interface DraftPreview {
  format: string;
  title: string | null;
  language?: string | null;
  articleCount: number;
  /** What the draft calls its numbered units (older APIs: absent, read as articles). */
  unitName?: 'ARTICLE' | 'SECTION' | 'RULE' | 'REGULATION' | 'CLAUSE' | 'UNIT';
  provisionCount: number;
  /** In English, for scripts; `warningReasons` says the same as reasons (older APIs: absent). */
  warnings?: string[];
  warningReasons?: ImportWarning[];
  /** Annexes the file only refers to (separate files), by name ('' when unnamed): not imported (older APIs: absent). */
  annexesLeftOut?: string[];
  outline: Array<{ kind: string; number: string | null; heading: string | null; depth: number }>;
  /** Against the dossier's newest version (null before the first import): few units alike, probably another text. */
  previousVersion?: { version: number; matching: number; previousCount: number; nextCount: number; unrelated: boolean } | null;
}

export interface DraftImported {
  draft: { id: string; version: number };
  summary: { added: number; removed: number; changed: number; unchanged: number } | null;
}

export const ACCEPTED_DRAFT_FILES = '.docx,.txt,.md,.markdown,.xml,.akn';

/** What the API reports as `fieldErrors[].constraint` on `file` when it cannot read a draft. */
export const IMPORT_FAILURES = ['UNSUPPORTED_FORMAT', 'CORRUPT_FILE', 'NO_PROVISIONS', 'TOO_LARGE', 'TOO_MANY_PROVISIONS'] as const;
export type ImportFailure = (typeof IMPORT_FAILURES)[number];

/** For a draft without numbered units, the numbering it seems to use instead (`fieldErrors[].reason`): the advice to give. */
export const NUMBERING_SUGGESTIONS = ['NUMBER_PARENTHESIS', 'NUMBER_IN_PARENTHESES', 'PARAGRAPH_SIGN', 'ROMAN', 'UNNUMBERED_HEADINGS', 'NONE'] as const;
export type NumberingSuggestion = (typeof NUMBERING_SUGGESTIONS)[number];
export const isSuggestion = (reason: string | undefined): reason is NumberingSuggestion =>
  (NUMBERING_SUGGESTIONS as readonly string[]).includes(reason ?? '');

export function previewDraft(dossierId: string, file: File, token: string | null, onProgress?: (f: number) => void) {
  return uploadFile<DraftPreview>(`/api/dossiers/${encodeURIComponent(dossierId)}/drafts?preview=true`, file, token, onProgress);
}

export function importDraft(dossierId: string, file: File, token: string | null, onProgress?: (f: number) => void) {
  return uploadFile<DraftImported>(`/api/dossiers/${encodeURIComponent(dossierId)}/drafts`, file, token, onProgress);
}
