import { useTranslation } from 'react-i18next';
import { LIMITS } from '@tripart/contracts';
import type { FieldError, ProblemDetails } from './graphql-error';

/** class-validator style constraint names the API reports → our translated messages. */
const CONSTRAINT_KEYS = {
  isNotEmpty: 'validation.required',
  isDefined: 'validation.required',
  isEmail: 'validation.email',
  minLength: 'validation.passwordMin',
  maxLength: 'validation.tooLong',
  unique: 'validation.taken',
  isUnique: 'validation.taken',
} as const;

export function useProblemText() {
  const { t } = useTranslation();

  const describe = (problem: ProblemDetails | null): string | null => {
    if (!problem) return null;
    // A lock with its end: "Try again in 12 minutes" rather than "in a few minutes".
    if (problem.code === 'RATE_LIMITED' && problem.retryAfterSeconds) return t('errors.rateLimitedFor', { count: Math.ceil(problem.retryAfterSeconds / 60) });
    // The server's own reason ("this invitation has expired"), not the code's general text.
    if (problem.reason) return t(`errors.reasons.${problem.reason}`);
    return t(`errors.${problem.code}`);
  };

  const describeField = (fieldError: FieldError | undefined): string | null => {
    if (!fieldError) return null;
    const key = CONSTRAINT_KEYS[fieldError.constraint as keyof typeof CONSTRAINT_KEYS];
    if (!key) return t('validation.invalid');
    // class-validator puts the limit in its English message ("… than or equal to 120 characters").
    const limit = Number(fieldError.message.match(/\d+/)?.[0]);
    return t(key, {
      min: Number.isFinite(limit) ? limit : LIMITS.passwordMin,
      max: Number.isFinite(limit) ? limit : LIMITS.displayNameMax,
    });
  };

  const fieldText = (problem: ProblemDetails | null, field: string): string | null =>
    describeField(problem?.fieldErrors.find((candidate) => candidate.field === field));

  return { describe, describeField, fieldText };
}
