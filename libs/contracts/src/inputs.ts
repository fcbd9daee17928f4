import { z } from 'zod';
import { COUNTRY_CODE_PATTERN, CONVENTION_CODE_PATTERN, LIMITS } from './limits';

/**
 * The shapes of what people type into the web app's forms, from the same
 * limits the API checks its inputs against (its DTOs read LIMITS and the
 * patterns; apps/api/src/common/input-shapes.spec.ts proves both refuse the
 * same values). A refusal's message is the web's translation key.
 */
/** What the forms take for an address before the API's own check (class-validator's isEmail). */
export const EMAIL_PATTERN = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;
const required = (schema: z.ZodString) => schema.min(1, 'validation.required');

export const signInInput = z.object({
  email: required(z.string().trim()).max(LIMITS.emailMax).regex(EMAIL_PATTERN, 'validation.email'),
  password: required(z.string()).max(LIMITS.passwordMax),
});

export const newPasswordInput = z.object({
  password: required(z.string()).min(LIMITS.passwordMin).max(LIMITS.passwordMax),
});

export const dossierInput = z.object({
  title: required(z.string().trim()).min(LIMITS.dossierTitleMin).max(LIMITS.dossierTitleMax),
  summary: z.string().trim().max(LIMITS.dossierSummaryMax),
  countryCode: required(z.string()).regex(COUNTRY_CODE_PATTERN, 'validation.invalid'),
  conventionCodes: z.array(z.string().regex(CONVENTION_CODE_PATTERN, 'validation.invalid')).max(LIMITS.dossierConventionsMax),
});

export const commentInput = z.object({
  body: required(z.string()).max(LIMITS.commentBodyMax),
  suggestedText: z.string().max(LIMITS.commentBodyMax).nullish(),
  quote: z
    .object({
      exact: required(z.string()).max(LIMITS.quoteExactMax),
      prefix: z.string().max(LIMITS.quoteContextMax),
      suffix: z.string().max(LIMITS.quoteContextMax),
    })
    .nullish(),
});

/** Why one field is refused: a translation key of the web's `validation.*` and its numbers. */
export interface InputProblem {
  key: 'validation.required' | 'validation.tooShort' | 'validation.tooLong' | 'validation.email' | 'validation.invalid' | 'validation.passwordMin';
  params?: { min?: number; max?: number };
}

/** The first problem of each field of a form's values under its schema (none: `{}`). */
export function inputProblems<S extends z.ZodObject<z.ZodRawShape>>(schema: S, values: unknown): Partial<Record<keyof z.infer<S> & string, InputProblem>> {
  const parsed = schema.safeParse(values);
  if (parsed.success) return {};
  const problems: Partial<Record<string, InputProblem>> = {};
  for (const issue of parsed.error.issues) {
    const field = String(issue.path[0]);
    if (problems[field]) continue;
    problems[field] = problemOf(issue, field);
  }
  return problems as Partial<Record<keyof z.infer<S> & string, InputProblem>>;
}

function problemOf(issue: z.ZodIssue, field: string): InputProblem {
  if (issue.code === z.ZodIssueCode.too_small) {
    const min = Number(issue.minimum);
    if (issue.message === 'validation.required') return { key: 'validation.required' };
    return field === 'password' ? { key: 'validation.passwordMin', params: { min } } : { key: 'validation.tooShort', params: { min } };
  }
  if (issue.code === z.ZodIssueCode.too_big) return { key: 'validation.tooLong', params: { max: Number(issue.maximum) } };
  if (issue.message === 'validation.email' || issue.message === 'validation.invalid') return { key: issue.message };
  return { key: 'validation.invalid' };
}
