import type { Locale } from './locales';

/**
 * What a consultation is about under ILO Convention No. 144, Article 5(1),
 * items (a) to (e), in the Convention's order. A dossier may say which one it
 * concerns; a labour-law reform concerns none.
 */
export const C144_SUBJECTS = ['ILC_AGENDA', 'COMPETENT_AUTHORITY', 'UNRATIFIED_INSTRUMENTS', 'ARTICLE_22_REPORTS', 'DENUNCIATION'] as const;
export type C144Subject = (typeof C144_SUBJECTS)[number];

/** The item's letter in Article 5(1): "a" to "e". */
export const c144SubjectLetter = (subject: C144Subject): string => 'abcde'[C144_SUBJECTS.indexOf(subject)];

/** Article 5(1)'s own words for each item, in the Convention's authentic English and French texts and its official Spanish text. */
export const C144_SUBJECT_WORDING: Readonly<Record<Locale, Readonly<Record<C144Subject, string>>>> = {
  en: {
    ILC_AGENDA: 'government replies to questionnaires concerning items on the agenda of the International Labour Conference and government comments on proposed texts to be discussed by the Conference',
    COMPETENT_AUTHORITY: 'the proposals to be made to the competent authority or authorities in connection with the submission of Conventions and Recommendations pursuant to article 19 of the Constitution of the International Labour Organisation',
    UNRATIFIED_INSTRUMENTS: 'the re-examination at appropriate intervals of unratified Conventions and of Recommendations to which effect has not yet been given, to consider what measures might be taken to promote their implementation and ratification as appropriate',
    ARTICLE_22_REPORTS: 'questions arising out of reports to be made to the International Labour Office under article 22 of the Constitution of the International Labour Organisation',
    DENUNCIATION: 'proposals for the denunciation of ratified Conventions',
  },
  fr: {
    ILC_AGENDA: 'les réponses des gouvernements aux questionnaires sur les points inscrits à l’ordre du jour de la Conférence internationale du Travail et les commentaires des gouvernements sur les projets de textes qui doivent être discutés par la Conférence',
    COMPETENT_AUTHORITY: 'les propositions à présenter à l’autorité ou aux autorités compétentes en relation avec la soumission qui doit leur être faite des conventions et recommandations, conformément à l’article 19 de la Constitution de l’Organisation internationale du Travail',
    UNRATIFIED_INSTRUMENTS: 'le réexamen, à des intervalles appropriés, de conventions non ratifiées et de recommandations auxquelles il n’a pas encore été donné effet, pour envisager les mesures qui pourraient être prises afin de promouvoir leur mise en œuvre et leur ratification, le cas échéant',
    ARTICLE_22_REPORTS: 'les questions que peuvent poser les rapports à présenter au Bureau international du Travail au titre de l’article 22 de la Constitution de l’Organisation internationale du Travail',
    DENUNCIATION: 'les propositions relatives à la dénonciation de conventions ratifiées',
  },
  es: {
    ILC_AGENDA: 'las respuestas de los gobiernos a los cuestionarios relativos a los puntos incluidos en el orden del día de la Conferencia Internacional del Trabajo y los comentarios de los gobiernos sobre los proyectos de texto que deba discutir la Conferencia',
    COMPETENT_AUTHORITY: 'las propuestas que hayan de presentarse a la autoridad o autoridades competentes en relación con la sumisión de los convenios y recomendaciones, de conformidad con el artículo 19 de la Constitución de la Organización Internacional del Trabajo',
    UNRATIFIED_INSTRUMENTS: 'el reexamen a intervalos apropiados de convenios no ratificados y de recomendaciones a las que no se haya dado aún efecto, para estudiar qué medidas podrían tomarse para promover su puesta en práctica y su ratificación eventual',
    ARTICLE_22_REPORTS: 'las cuestiones que puedan plantear las memorias que hayan de comunicarse a la Oficina Internacional del Trabajo en virtud del artículo 22 de la Constitución de la Organización Internacional del Trabajo',
    DENUNCIATION: 'las propuestas de denuncia de convenios ratificados',
  },
};

const REFERENCE: Readonly<Record<Locale, (letter: string) => string>> = {
  en: (letter) => `C144, Article 5(1)(${letter})`,
  fr: (letter) => `C144, article 5, paragraphe 1 ${letter})`,
  es: (letter) => `C144, artículo 5, párrafo 1, ${letter})`,
};

/** Where the item stands in the Convention, as the requester's language cites it: "C144, Article 5(1)(c)". */
export const c144SubjectReference = (subject: C144Subject, locale: Locale): string => (REFERENCE[locale] ?? REFERENCE.en)(c144SubjectLetter(subject));

/** The item cited and quoted: "C144, Article 5(1)(e): proposals for the denunciation of ratified Conventions". */
export const c144SubjectCitation = (subject: C144Subject, locale: Locale): string =>
  `${c144SubjectReference(subject, locale)}${locale === 'fr' ? ' :' : ':'} ${(C144_SUBJECT_WORDING[locale] ?? C144_SUBJECT_WORDING.en)[subject]}`;
