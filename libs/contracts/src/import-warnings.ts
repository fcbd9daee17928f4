/**
 * What an import preview warns of, beside what it found (`warningReasons` of `POST /api/dossiers/:id/drafts`): each
 * client says it in its own words from the reason and its parameters, as it does for `ERROR_REASONS`.
 */
export const IMPORT_WARNING_REASONS = [
  /** An Akoma Ntoso file whose root declares another namespace (`namespace`: the one it declares, '' for none): read as 3.0. */
  'UNKNOWN_NAMESPACE',
  /** A text file not in UTF-8, read as Windows Latin-1 (windows-1252): accented letters may be wrong. */
  'LEGACY_ENCODING',
  /** Two units numbered alike (`number`: as written); the later one is keyed apart (`key`). */
  'DUPLICATE_NUMBER',
] as const;
export type ImportWarningReason = (typeof IMPORT_WARNING_REASONS)[number];

export interface ImportWarning {
  reason: ImportWarningReason;
  params: Readonly<Record<string, string>>;
}
