export const LOCALES = ['en', 'fr', 'es'] as const;
export type Locale = (typeof LOCALES)[number];
export const DEFAULT_LOCALE: Locale = 'en';

/** Locales written right to left; none ships yet, the layout is ready for them. */
export const RTL_LOCALES: readonly string[] = ['ar', 'he', 'fa', 'ur'];

export function isLocale(value: unknown): value is Locale {
  return typeof value === 'string' && (LOCALES as readonly string[]).includes(value);
}
