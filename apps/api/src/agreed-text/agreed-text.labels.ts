import type { Locale, OutcomeKind } from '@tripart/contracts';
import { minutesExportLabels } from '../minutes/export/minutes-export.labels';

/** The words of the agreed-text export in one language: the requester's. */
export interface AgreedTextLabels {
  locale: Locale;
  /** ISO 639-2, as Akoma Ntoso names an expression's language. */
  iso639_2: string;
  title: (dossier: string) => string;
  version: (version: number, date: string) => string;
  summary: (agreed: number, total: number) => string;
  agreed: (session: string, date: string, outcome: string) => string;
  /** Said when the text was agreed on an earlier version's provision. */
  agreedOnVersion: (version: number) => string;
  outcomes: Record<OutcomeKind, string>;
  /** The file name's word: "agreed-text". */
  fileName: string;
}

const EN = {
  title: (dossier: string) => `${dossier} — agreed text`,
  version: (version: number, date: string) => `Draft version ${version} of ${date}, with the texts agreed in the consultation sessions.`,
  summary: (agreed: number, total: number) => `${agreed} of ${total} units (articles, recitals) carry the text agreed in a session; the others the drafted text.`,
  agreed: (session: string, date: string, outcome: string) => `Agreed text, recorded in “${session}” on ${date} (${outcome}).`,
  agreedOnVersion: (version: number) => `Agreed on draft version ${version}.`,
  fileName: 'agreed-text',
};

const FR: typeof EN = {
  title: (dossier) => `${dossier} — texte convenu`,
  version: (version, date) => `Version ${version} du projet, du ${date}, avec les textes convenus en séance de consultation.`,
  summary: (agreed, total) => `${agreed} unités sur ${total} (articles, considérants) portent le texte convenu en séance ; les autres, le texte du projet.`,
  agreed: (session, date, outcome) => `Texte convenu, consigné lors de « ${session} » le ${date} (${outcome}).`,
  agreedOnVersion: (version) => `Convenu sur la version ${version} du projet.`,
  fileName: 'texte-convenu',
};

const ES: typeof EN = {
  title: (dossier) => `${dossier} — texto acordado`,
  version: (version, date) => `Versión ${version} del proyecto, del ${date}, con los textos acordados en las sesiones de consulta.`,
  summary: (agreed, total) => `${agreed} de ${total} unidades (artículos, considerandos) llevan el texto acordado en una sesión; las demás, el texto del proyecto.`,
  agreed: (session, date, outcome) => `Texto acordado, registrado en «${session}» el ${date} (${outcome}).`,
  agreedOnVersion: (version) => `Acordado sobre la versión ${version} del proyecto.`,
  fileName: 'texto-acordado',
};

const WORDS: Record<Locale, typeof EN> = { en: EN, fr: FR, es: ES };

export function agreedTextLabels(locale: Locale): AgreedTextLabels {
  const minutes = minutesExportLabels(locale);
  return { locale: minutes.locale, iso639_2: minutes.iso639_2, outcomes: minutes.items.outcomes, ...(WORDS[minutes.locale] ?? EN) };
}

/** A day as people of that language write it: "5 mars 2026". */
export const agreedTextDay = (labels: AgreedTextLabels, at: Date | string): string =>
  new Intl.DateTimeFormat(labels.locale, { dateStyle: 'long', timeZone: 'UTC' }).format(new Date(at));
