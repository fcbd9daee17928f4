import { type Constituency, type Locale, PROVISION_KIND_NAMES } from '@tripart/contracts';

type Column = 'provision' | 'quote' | 'comment' | 'author' | 'organization' | 'constituency' | 'date' | 'thread' | 'suggestedWording' | 'status' | 'visibility';

/** The words of a comments export (CSV, DOCX) in one language: the requester's (their account's locale). */
export interface ExportLabels {
  locale: Locale;
  columns: Record<Column, string>;
  visibility: Record<'DELEGATION' | 'PLENARY', string>;
  status: { open: string; resolved: string };
  constituency: Record<Constituency, string>;
  /** A reply's thread cell: "#3 (reply)". */
  reply: (thread: string) => string;
  /** The DOCX's line under the title. */
  exported: (date: string, count: number) => string;
  /** The file name after the dossier's title. */
  fileSuffix: string;
  /** A provision's kind where its number does not say it ("Recital 1", "Preamble"), as the reader names it. */
  kinds: Record<string, string>;
}

const EN: ExportLabels = {
  locale: 'en',
  columns: {
    provision: 'Provision', quote: 'Quote', comment: 'Comment', author: 'Author', organization: 'Organization', constituency: 'Constituency',
    date: 'Date (UTC)', thread: 'Thread', suggestedWording: 'Suggested wording', status: 'Status', visibility: 'Visibility',
  },
  visibility: { DELEGATION: 'Delegation only', PLENARY: 'Plenary' },
  status: { open: 'Open', resolved: 'Resolved' },
  constituency: { GOVERNMENT: 'Government', EMPLOYERS: 'Employers', WORKERS: 'Workers' },
  reply: (thread) => `${thread} (reply)`,
  exported: (date, count) => `Comments exported ${date}: ${count === 1 ? '1 comment' : `${count} comments`}.`,
  fileSuffix: 'comments',
  kinds: PROVISION_KIND_NAMES.en,
};

const FR: ExportLabels = {
  locale: 'fr',
  columns: {
    provision: 'Disposition', quote: 'Citation', comment: 'Commentaire', author: 'Auteur·e', organization: 'Organisation', constituency: 'Groupe',
    date: 'Date (UTC)', thread: 'Discussion', suggestedWording: 'Formulation proposée', status: 'État', visibility: 'Visibilité',
  },
  visibility: { DELEGATION: 'Délégation uniquement', PLENARY: 'Plénière' },
  status: { open: 'Ouvert', resolved: 'Résolu' },
  constituency: { GOVERNMENT: 'Gouvernement', EMPLOYERS: 'Employeurs', WORKERS: 'Travailleurs' },
  reply: (thread) => `${thread} (réponse)`,
  exported: (date, count) => `Commentaires exportés le ${date} : ${count <= 1 ? `${count} commentaire` : `${count} commentaires`}.`,
  fileSuffix: 'commentaires',
  kinds: PROVISION_KIND_NAMES.fr,
};

const ES: ExportLabels = {
  locale: 'es',
  columns: {
    provision: 'Disposición', quote: 'Cita', comment: 'Comentario', author: 'Autor/a', organization: 'Organización', constituency: 'Sector',
    date: 'Fecha (UTC)', thread: 'Conversación', suggestedWording: 'Redacción propuesta', status: 'Estado', visibility: 'Visibilidad',
  },
  visibility: { DELEGATION: 'Solo la delegación', PLENARY: 'Plenaria' },
  status: { open: 'Abierto', resolved: 'Resuelto' },
  constituency: { GOVERNMENT: 'Gobierno', EMPLOYERS: 'Empleadores', WORKERS: 'Trabajadores' },
  reply: (thread) => `${thread} (respuesta)`,
  exported: (date, count) => `Comentarios exportados el ${date}: ${count === 1 ? '1 comentario' : `${count} comentarios`}.`,
  fileSuffix: 'comentarios',
  kinds: PROVISION_KIND_NAMES.es,
};

const BY_LOCALE: Record<Locale, ExportLabels> = { en: EN, fr: FR, es: ES };

export const exportLabels = (locale: Locale): ExportLabels => BY_LOCALE[locale] ?? EN;

/** A moment as people of that language write it, in UTC (the column says so): "5 mars 2026, 14:07". */
export const exportDateTime = (labels: ExportLabels, at: Date) =>
  new Intl.DateTimeFormat(labels.locale, { dateStyle: 'medium', timeStyle: 'short', timeZone: 'UTC' }).format(at);

/** A day, for the DOCX's line under the title: "5 mars 2026". */
export const exportDate = (labels: ExportLabels, at: Date) => new Intl.DateTimeFormat(labels.locale, { dateStyle: 'long', timeZone: 'UTC' }).format(at);
