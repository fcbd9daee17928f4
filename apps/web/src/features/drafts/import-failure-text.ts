import type { TFunction } from 'i18next';
import type { FieldError } from '../../shared/errors/graphql-error';
import { IMPORT_FAILURES, isSuggestion, type ImportFailure } from './draft-upload';

/**
 * What to say when the API could not read a draft, in the reader's language: for a draft without numbered
 * units, what was found in it and the numbering that would import; otherwise the failure's own sentence.
 */
export function importFailureText(failure: FieldError, t: TFunction): string {
  const known = IMPORT_FAILURES.includes(failure.constraint as ImportFailure) ? (failure.constraint as ImportFailure) : null;
  if (known === 'NO_PROVISIONS' && failure.params && isSuggestion(failure.reason)) {
    return `${t('drafts.import.noUnitsFound', failure.params)} ${t(`drafts.import.suggestions.${failure.reason}`)}`;
  }
  if (known) return t(`drafts.import.failures.${known}`);
  return failure.message || t('validation.invalid');
}
