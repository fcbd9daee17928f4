import countries from 'i18n-iso-countries';
import en from 'i18n-iso-countries/langs/en.json';
import es from 'i18n-iso-countries/langs/es.json';
import fr from 'i18n-iso-countries/langs/fr.json';

export interface CountryNames {
  code: string;
  en: string;
  fr: string;
  es: string;
}

/** Every ISO 3166-1 alpha-2 country, named from the maintained i18n-iso-countries package. */
export function isoCountries(): CountryNames[] {
  for (const locale of [en, fr, es]) countries.registerLocale(locale);
  return Object.keys(countries.getAlpha2Codes()).map((code) => ({
    code,
    en: countries.getName(code, 'en') ?? code,
    fr: countries.getName(code, 'fr') ?? code,
    es: countries.getName(code, 'es') ?? code,
  }));
}
