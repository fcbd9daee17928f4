import { DEFAULT_LOCALE, isLocale, type Locale } from '@tripart/contracts';

export const LOCALE_STORAGE_KEY = 'tripart.locale';

/** Before sign-in: the last language chosen on this device, else the browser's, else English. */
export function detectInitialLocale(): Locale {
  const stored = safeStorageGet(LOCALE_STORAGE_KEY);
  if (isLocale(stored)) return stored;
  for (const tag of navigator.languages ?? [navigator.language]) {
    const base = tag?.split('-')[0]?.toLowerCase();
    if (isLocale(base)) return base;
  }
  return DEFAULT_LOCALE;
}

export function rememberLocale(locale: string): void {
  try {
    localStorage.setItem(LOCALE_STORAGE_KEY, locale);
  } catch {
    // Private mode or storage full: the choice just won't survive a reload.
  }
}

function safeStorageGet(key: string): string | null {
  try {
    return localStorage.getItem(key);
  } catch {
    return null;
  }
}
