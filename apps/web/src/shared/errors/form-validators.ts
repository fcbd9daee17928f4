import { EMAIL_PATTERN, inputProblems } from '@tripart/contracts';
import type { z } from 'zod';

/** Client-side checks; each returns a translation key (with params) or null. */
export type Check = { key: string; params?: Record<string, number> } | null;

export const required = (value: string): Check =>
  value.trim() ? null : { key: 'validation.required' };

export const email = (value: string): Check =>
  required(value) ?? (EMAIL_PATTERN.test(value.trim()) ? null : { key: 'validation.email' });

export const maxLength = (max: number) => (value: string): Check =>
  value.length <= max ? null : { key: 'validation.tooLong', params: { max } };

/** A form's values under its input shape in libs/contracts (the API's limits): one check per field. */
export function checkInput<S extends z.ZodObject<z.ZodRawShape>, F extends string>(schema: S, values: unknown, fields: readonly F[]): Record<F, Check> {
  const problems = inputProblems(schema, values) as Partial<Record<string, Check>>;
  return Object.fromEntries(fields.map((field) => [field, problems[field] ?? null])) as Record<F, Check>;
}

export function firstProblem(...checks: Check[]): Check {
  return checks.find((check) => check !== null) ?? null;
}
