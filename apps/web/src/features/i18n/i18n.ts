import i18next, { type i18n as I18n } from 'i18next';
import { initReactI18next } from 'react-i18next';
import { DEFAULT_LOCALE, LOCALES } from '@tripart/contracts';
import { en } from './locales/en';
import { fr } from './locales/fr';
import { es } from './locales/es';
import { detectInitialLocale } from './detect-locale';

export const catalogues = { en, fr, es } as const;

/** Keeps `<html lang dir>` in step with the UI language (screen readers, RTL layout). */
function reflectOnDocument(instance: I18n, language: string): void {
  document.documentElement.lang = language;
  document.documentElement.dir = instance.dir(language);
}

export function createI18n(initialLocale: string = detectInitialLocale()): I18n {
  const instance = i18next.createInstance();
  instance.on('languageChanged', (language) => reflectOnDocument(instance, language));
  void instance.use(initReactI18next).init({
    lng: initialLocale,
    fallbackLng: DEFAULT_LOCALE,
    supportedLngs: [...LOCALES],
    resources: Object.fromEntries(
      Object.entries(catalogues).map(([locale, translation]) => [locale, { translation }]),
    ),
    interpolation: { escapeValue: false },
    initAsync: false,
    returnNull: false,
    showSupportNotice: false,
  });
  return instance;
}
