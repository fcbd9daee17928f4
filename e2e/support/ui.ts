import { en } from '../../apps/web/src/features/i18n/locales/en';
import { es } from '../../apps/web/src/features/i18n/locales/es';
import { fr } from '../../apps/web/src/features/i18n/locales/fr';

/**
 * The web app's own catalogues, so a scenario can follow people who read
 * another language (the demo's government lead reads Spanish, the employers'
 * lead French) with the very words their screens show.
 */
export const UI = { en, fr, es } as const;
export type Ui = (typeof UI)['en'];

/** i18next-style interpolation of `{{name}}` placeholders. */
export function fill(text: string, values: Record<string, string | number>): string {
  return text.replace(/{{(\w+)}}/g, (_, key: string) => String(values[key] ?? `{{${key}}}`));
}
