import type { TFunction } from 'i18next';
import type { DraftPreview } from './draft-upload';

/**
 * What the preview warns of, in the reader's language: each reason with its parameters; a reason this app does not
 * know yet (a newer API) in the API's English sentence, as are the warnings of an API that gives no reasons.
 */
export function importWarningTexts(preview: Pick<DraftPreview, 'warnings' | 'warningReasons'>, t: TFunction): string[] {
  const english = preview.warnings ?? [];
  if (!preview.warningReasons) return english;
  return preview.warningReasons.map((warning, index) =>
    t(`drafts.import.warnings.${warning.reason}`, { ...warning.params, defaultValue: english[index] ?? warning.reason }),
  );
}
