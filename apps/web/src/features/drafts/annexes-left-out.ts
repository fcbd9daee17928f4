import type { TFunction } from 'i18next';

/**
 * What the preview says of the annexes a file only refers to (separate files, `annexesLeftOut`): their names,
 * listed in the reader's language, an unnamed one as such; null when every annex is in the file.
 */
export function annexesLeftOutText(names: readonly string[], t: TFunction, language: string): string | null {
  if (names.length === 0) return null;
  const named = names.map((name) => name.trim() || t('drafts.import.unnamedAnnex'));
  const list = new Intl.ListFormat(language, { type: 'conjunction' }).format(named);
  return t('drafts.import.annexesLeftOut', { count: names.length, names: list });
}
