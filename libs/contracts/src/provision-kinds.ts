import type { Locale } from './locales';

/**
 * The kinds of provision a draft is made of: ARTICLE is the numbered unit, whatever the draft calls it (its number
 * says "Section 41"); SECTION the civil-law container of articles; a PREAMBLE holds the RECITALs; CONCLUSIONS is the
 * closing block after the last unit ("Done at Brussels, …", the signatures: Akoma Ntoso's `conclusions`).
 */
export const PROVISION_KINDS = ['PART', 'TITLE', 'CHAPTER', 'SECTION', 'DIVISION', 'SCHEDULE', 'PREAMBLE', 'RECITAL', 'ARTICLE', 'PARAGRAPH', 'CONCLUSIONS'] as const;
export type ProvisionKind = (typeof PROVISION_KINDS)[number];

/**
 * Each kind's name where a provision's number does not say it ("Recital 1", "Preamble"), in every language of the
 * app: the reader, the import preview and the comments exports name provisions with these words alike.
 */
export const PROVISION_KIND_NAMES: Readonly<Record<Locale, Readonly<Record<ProvisionKind, string>>>> = {
  en: {
    PART: 'Part',
    TITLE: 'Title',
    CHAPTER: 'Chapter',
    SECTION: 'Section',
    DIVISION: 'Division',
    SCHEDULE: 'Schedule',
    PREAMBLE: 'Preamble',
    RECITAL: 'Recital',
    ARTICLE: 'Article',
    PARAGRAPH: 'Paragraph',
    CONCLUSIONS: 'Signatures',
  },
  fr: {
    PART: 'Partie',
    TITLE: 'Titre',
    CHAPTER: 'Chapitre',
    SECTION: 'Section',
    DIVISION: 'Division',
    SCHEDULE: 'Annexe',
    PREAMBLE: 'Préambule',
    RECITAL: 'Considérant',
    ARTICLE: 'Article',
    PARAGRAPH: 'Alinéa',
    CONCLUSIONS: 'Signatures',
  },
  es: {
    PART: 'Parte',
    TITLE: 'Título',
    CHAPTER: 'Capítulo',
    SECTION: 'Sección',
    DIVISION: 'División',
    SCHEDULE: 'Anexo',
    PREAMBLE: 'Preámbulo',
    RECITAL: 'Considerando',
    ARTICLE: 'Artículo',
    PARAGRAPH: 'Párrafo',
    CONCLUSIONS: 'Firmas',
  },
};
