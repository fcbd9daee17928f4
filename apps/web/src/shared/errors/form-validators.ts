import { LIMITS } from '@tripart/contracts';

/** Client-side checks; each returns a translation key (with params) or null. */
export type Check = { key: string; params?: Record<string, number> } | null;

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

export const required = (value: string): Check =>
  value.trim() ? null : { key: 'validation.required' };

export const email = (value: string): Check =>
  required(value) ?? (EMAIL.test(value.trim()) ? null : { key: 'validation.email' });

export const newPassword = (value: string): Check =>
  required(value) ??
  (value.length >= LIMITS.passwordMin ? null : { key: 'validation.passwordMin', params: { min: LIMITS.passwordMin } });

export const maxLength = (max: number) => (value: string): Check =>
  value.length <= max ? null : { key: 'validation.tooLong', params: { max } };

export function firstProblem(...checks: Check[]): Check {
  return checks.find((check) => check !== null) ?? null;
}
