import type { ConventionCategory } from '@tripart/contracts';

export interface IloInstrument {
  code: string;
  year: number;
  category: ConventionCategory;
  principle: string;
  fundamentalSince: number | null;
  title: { en: string; fr: string; es: string };
}

const FORCED_LABOUR = 'Elimination of all forms of forced or compulsory labour';
const ASSOCIATION = 'Freedom of association and the effective recognition of the right to collective bargaining';
const DISCRIMINATION = 'Elimination of discrimination in respect of employment and occupation';
const CHILD_LABOUR = 'Effective abolition of child labour';
const SAFETY = 'A safe and healthy working environment';

/**
 * The fundamental instruments (the 1998 Declaration's eight, the 2014
 * Protocol, and C155/C187 since the 2022 amendment) and the four governance
 * conventions.
 */
export const ILO_INSTRUMENTS: IloInstrument[] = [
  { code: 'C029', year: 1930, category: 'FUNDAMENTAL', principle: FORCED_LABOUR, fundamentalSince: 1998,
    title: { en: 'Forced Labour Convention, 1930', fr: 'Convention sur le travail forcé, 1930', es: 'Convenio sobre el trabajo forzoso, 1930' } },
  { code: 'P029', year: 2014, category: 'FUNDAMENTAL', principle: FORCED_LABOUR, fundamentalSince: 2014,
    title: { en: 'Protocol of 2014 to the Forced Labour Convention, 1930', fr: 'Protocole de 2014 relatif à la convention sur le travail forcé, 1930', es: 'Protocolo de 2014 relativo al Convenio sobre el trabajo forzoso, 1930' } },
  { code: 'C087', year: 1948, category: 'FUNDAMENTAL', principle: ASSOCIATION, fundamentalSince: 1998,
    title: { en: 'Freedom of Association and Protection of the Right to Organise Convention, 1948', fr: 'Convention sur la liberté syndicale et la protection du droit syndical, 1948', es: 'Convenio sobre la libertad sindical y la protección del derecho de sindicación, 1948' } },
  { code: 'C098', year: 1949, category: 'FUNDAMENTAL', principle: ASSOCIATION, fundamentalSince: 1998,
    title: { en: 'Right to Organise and Collective Bargaining Convention, 1949', fr: "Convention sur le droit d'organisation et de négociation collective, 1949", es: 'Convenio sobre el derecho de sindicación y de negociación colectiva, 1949' } },
  { code: 'C100', year: 1951, category: 'FUNDAMENTAL', principle: DISCRIMINATION, fundamentalSince: 1998,
    title: { en: 'Equal Remuneration Convention, 1951', fr: "Convention sur l'égalité de rémunération, 1951", es: 'Convenio sobre igualdad de remuneración, 1951' } },
  { code: 'C105', year: 1957, category: 'FUNDAMENTAL', principle: FORCED_LABOUR, fundamentalSince: 1998,
    title: { en: 'Abolition of Forced Labour Convention, 1957', fr: "Convention sur l'abolition du travail forcé, 1957", es: 'Convenio sobre la abolición del trabajo forzoso, 1957' } },
  { code: 'C111', year: 1958, category: 'FUNDAMENTAL', principle: DISCRIMINATION, fundamentalSince: 1998,
    title: { en: 'Discrimination (Employment and Occupation) Convention, 1958', fr: 'Convention concernant la discrimination (emploi et profession), 1958', es: 'Convenio sobre la discriminación (empleo y ocupación), 1958' } },
  { code: 'C138', year: 1973, category: 'FUNDAMENTAL', principle: CHILD_LABOUR, fundamentalSince: 1998,
    title: { en: 'Minimum Age Convention, 1973', fr: "Convention sur l'âge minimum, 1973", es: 'Convenio sobre la edad mínima, 1973' } },
  { code: 'C155', year: 1981, category: 'FUNDAMENTAL', principle: SAFETY, fundamentalSince: 2022,
    title: { en: 'Occupational Safety and Health Convention, 1981', fr: 'Convention sur la sécurité et la santé des travailleurs, 1981', es: 'Convenio sobre seguridad y salud de los trabajadores, 1981' } },
  { code: 'C182', year: 1999, category: 'FUNDAMENTAL', principle: CHILD_LABOUR, fundamentalSince: 1999,
    title: { en: 'Worst Forms of Child Labour Convention, 1999', fr: 'Convention sur les pires formes de travail des enfants, 1999', es: 'Convenio sobre las peores formas de trabajo infantil, 1999' } },
  { code: 'C187', year: 2006, category: 'FUNDAMENTAL', principle: SAFETY, fundamentalSince: 2022,
    title: { en: 'Promotional Framework for Occupational Safety and Health Convention, 2006', fr: 'Convention sur le cadre promotionnel pour la sécurité et la santé au travail, 2006', es: 'Convenio sobre el marco promocional para la seguridad y salud en el trabajo, 2006' } },
  { code: 'C081', year: 1947, category: 'GOVERNANCE', principle: 'Labour inspection', fundamentalSince: null,
    title: { en: 'Labour Inspection Convention, 1947', fr: "Convention sur l'inspection du travail, 1947", es: 'Convenio sobre la inspección del trabajo, 1947' } },
  { code: 'C122', year: 1964, category: 'GOVERNANCE', principle: 'Employment policy', fundamentalSince: null,
    title: { en: 'Employment Policy Convention, 1964', fr: "Convention sur la politique de l'emploi, 1964", es: 'Convenio sobre la política del empleo, 1964' } },
  { code: 'C129', year: 1969, category: 'GOVERNANCE', principle: 'Labour inspection', fundamentalSince: null,
    title: { en: 'Labour Inspection (Agriculture) Convention, 1969', fr: "Convention sur l'inspection du travail (agriculture), 1969", es: 'Convenio sobre la inspección del trabajo (agricultura), 1969' } },
  { code: 'C144', year: 1976, category: 'GOVERNANCE', principle: 'Tripartite consultation', fundamentalSince: null,
    title: { en: 'Tripartite Consultation (International Labour Standards) Convention, 1976', fr: 'Convention sur les consultations tripartites relatives aux normes internationales du travail, 1976', es: 'Convenio sobre la consulta tripartita (normas internacionales del trabajo), 1976' } },
];
