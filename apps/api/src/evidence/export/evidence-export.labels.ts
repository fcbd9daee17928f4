import type { Locale } from '@tripart/contracts';

type Verdict = 'ACCEPTED' | 'PARTLY_ACCEPTED' | 'NOT_ACCEPTED';

/** The words of an evidence pack export (PDF, DOCX) in the requester's language: the Record tab's words. */
export interface EvidenceExportLabels {
  locale: Locale;
  title: string;
  intro: string;
  generated: (date: string, event: string) => string;
  opened: (date: string, event: string) => string;
  facts: { dossier: string; country: string };
  /** The C144 Article 5(1) item the dossier concerns: its label, the words when it says none, and the event that says it. */
  subject: { label: string; none: string; event: (citation: string, event: string) => string };
  date: string;
  event: string;
  none: string;
  sides: Record<'GOVERNMENT' | 'EMPLOYERS' | 'WORKERS' | 'OTHERS', string>;
  invitations: { heading: string; person: string; organization: string; side: string; lead: string; roles: Record<'DELEGATE' | 'FACILITATOR' | 'OBSERVER', string> };
  drafts: { heading: string; version: string; to: string };
  sessions: { heading: string; title: string; attendance: string; draft: string; daysBefore: (version: number, days: number) => string; noDraft: string; closed: (date: string, event: string) => string };
  submissions: { heading: string; side: string; number: string; version: string };
  outcomes: { heading: string; item: string; session: string; outcome: string };
  responses: { heading: string; count: (answered: number, total: number) => string; provision: string; side: string; verdict: string; verdicts: Record<Verdict, string> };
  minutes: { heading: string; session: string; revision: string; hash: string; kinds: Record<'MINUTES' | 'ADDENDUM', string> };
  /** The file name's words after the dossier's title. */
  fileSuffix: string;
}

const EN: EvidenceExportLabels = {
  locale: 'en',
  title: 'C144 evidence pack',
  intro: 'What the audit trail of this dossier proves about the consultation, for the government’s reports to the ILO. Each fact names the event of the audit chain that records it.',
  generated: (date, event) => `Generated on ${date} from the audit trail up to event #${event}.`,
  opened: (date, event) => `Dossier opened on ${date} (event #${event}).`,
  facts: { dossier: 'Dossier', country: 'Country' },
  subject: { label: 'Subject under C144, Article 5(1)', none: 'None stated (not one of the matters of Article 5(1))', event: (citation, event) => `${citation} (event #${event})` },
  date: 'Date',
  event: 'Event',
  none: 'Nothing recorded yet.',
  sides: { GOVERNMENT: 'Government', EMPLOYERS: 'Employers', WORKERS: 'Workers', OTHERS: 'Others' },
  invitations: { heading: 'Representatives seated', person: 'Person', organization: 'Organization', side: 'Side', lead: 'lead', roles: { DELEGATE: 'Delegate', FACILITATOR: 'Facilitator', OBSERVER: 'Observer' } },
  drafts: { heading: 'Draft versions made available', version: 'Version', to: 'Made available to' },
  sessions: {
    heading: 'Sessions held',
    title: 'Session',
    attendance: 'Attendance',
    draft: 'Draft in hand',
    daysBefore: (version, days) => `version ${version}, made available ${days} ${days === 1 ? 'day' : 'days'} before`,
    noDraft: 'no draft made available before',
    closed: (date, event) => `closed ${date} (event #${event})`,
  },
  submissions: { heading: 'Positions submitted', side: 'Side', number: 'Submission', version: 'On version' },
  outcomes: { heading: 'Outcomes', item: 'Item', session: 'Session', outcome: 'Outcome' },
  responses: {
    heading: 'Government responses',
    count: (answered, total) => `${answered} of ${total} contributions answered`,
    provision: 'Provision',
    side: 'Contribution of',
    verdict: 'Response',
    verdicts: { ACCEPTED: 'Accepted', PARTLY_ACCEPTED: 'Partly accepted', NOT_ACCEPTED: 'Not accepted' },
  },
  minutes: { heading: 'Sealed minutes', session: 'Session', revision: 'Revision', hash: 'SHA-256', kinds: { MINUTES: 'Minutes', ADDENDUM: 'Addendum' } },
  fileSuffix: 'C144-evidence-pack',
};

const FR: EvidenceExportLabels = {
  locale: 'fr',
  title: 'Dossier de preuve C144',
  intro: 'Ce que la piste d’audit de ce dossier prouve de la consultation, pour les rapports du gouvernement à l’OIT. Chaque fait renvoie à l’événement de la chaîne d’audit qui l’enregistre.',
  generated: (date, event) => `Établi le ${date} à partir de la piste d’audit jusqu’à l’événement #${event}.`,
  opened: (date, event) => `Dossier ouvert le ${date} (événement #${event}).`,
  facts: { dossier: 'Dossier', country: 'Pays' },
  subject: { label: 'Objet au titre de la C144, article 5, paragraphe 1', none: 'Aucun indiqué (aucune des questions de l’article 5, paragraphe 1)', event: (citation, event) => `${citation} (événement #${event})` },
  date: 'Date',
  event: 'Événement',
  none: 'Rien d’enregistré pour l’instant.',
  sides: { GOVERNMENT: 'Gouvernement', EMPLOYERS: 'Employeurs', WORKERS: 'Travailleurs', OTHERS: 'Autres' },
  invitations: { heading: 'Représentants désignés', person: 'Personne', organization: 'Organisation', side: 'Partie', lead: 'chef de délégation', roles: { DELEGATE: 'Délégué', FACILITATOR: 'Facilitateur', OBSERVER: 'Observateur' } },
  drafts: { heading: 'Versions du projet communiquées', version: 'Version', to: 'Communiquée à' },
  sessions: {
    heading: 'Séances tenues',
    title: 'Séance',
    attendance: 'Présences',
    draft: 'Projet en main',
    daysBefore: (version, days) => `version ${version}, communiquée ${days} ${days <= 1 ? 'jour' : 'jours'} avant`,
    noDraft: 'aucun projet communiqué avant',
    closed: (date, event) => `close le ${date} (événement #${event})`,
  },
  submissions: { heading: 'Positions soumises', side: 'Partie', number: 'Soumission', version: 'Sur la version' },
  outcomes: { heading: 'Résultats', item: 'Point', session: 'Séance', outcome: 'Résultat' },
  responses: {
    heading: 'Réponses du gouvernement',
    count: (answered, total) => `${answered} contributions sur ${total} ont reçu une réponse`,
    provision: 'Disposition',
    side: 'Contribution des',
    verdict: 'Réponse',
    verdicts: { ACCEPTED: 'Acceptée', PARTLY_ACCEPTED: 'Partiellement acceptée', NOT_ACCEPTED: 'Non acceptée' },
  },
  minutes: { heading: 'Procès-verbaux scellés', session: 'Séance', revision: 'Révision', hash: 'SHA-256', kinds: { MINUTES: 'Procès-verbal', ADDENDUM: 'Addendum' } },
  fileSuffix: 'dossier-de-preuve-C144',
};

const ES: EvidenceExportLabels = {
  locale: 'es',
  title: 'Expediente de prueba C144',
  intro: 'Lo que la pista de auditoría de este expediente prueba sobre la consulta, para las memorias del gobierno a la OIT. Cada hecho remite al evento de la cadena de auditoría que lo registra.',
  generated: (date, event) => `Generado el ${date} a partir de la pista de auditoría hasta el evento #${event}.`,
  opened: (date, event) => `Expediente abierto el ${date} (evento #${event}).`,
  facts: { dossier: 'Expediente', country: 'País' },
  subject: { label: 'Objeto según el C144, artículo 5, párrafo 1', none: 'Ninguno indicado (ninguna de las cuestiones del artículo 5, párrafo 1)', event: (citation, event) => `${citation} (evento #${event})` },
  date: 'Fecha',
  event: 'Evento',
  none: 'Nada registrado todavía.',
  sides: { GOVERNMENT: 'Gobierno', EMPLOYERS: 'Empleadores', WORKERS: 'Trabajadores', OTHERS: 'Otros' },
  invitations: { heading: 'Representantes designados', person: 'Persona', organization: 'Organización', side: 'Parte', lead: 'jefe de delegación', roles: { DELEGATE: 'Delegado', FACILITATOR: 'Facilitador', OBSERVER: 'Observador' } },
  drafts: { heading: 'Versiones del proyecto comunicadas', version: 'Versión', to: 'Comunicada a' },
  sessions: {
    heading: 'Sesiones celebradas',
    title: 'Sesión',
    attendance: 'Asistencia',
    draft: 'Proyecto en mano',
    daysBefore: (version, days) => `versión ${version}, comunicada ${days} ${days === 1 ? 'día' : 'días'} antes`,
    noDraft: 'ningún proyecto comunicado antes',
    closed: (date, event) => `cerrada el ${date} (evento #${event})`,
  },
  submissions: { heading: 'Posiciones presentadas', side: 'Parte', number: 'Presentación', version: 'Sobre la versión' },
  outcomes: { heading: 'Resultados', item: 'Punto', session: 'Sesión', outcome: 'Resultado' },
  responses: {
    heading: 'Respuestas del gobierno',
    count: (answered, total) => `${answered} de ${total} contribuciones respondidas`,
    provision: 'Disposición',
    side: 'Contribución de los',
    verdict: 'Respuesta',
    verdicts: { ACCEPTED: 'Aceptada', PARTLY_ACCEPTED: 'Aceptada en parte', NOT_ACCEPTED: 'No aceptada' },
  },
  minutes: { heading: 'Actas selladas', session: 'Sesión', revision: 'Revisión', hash: 'SHA-256', kinds: { MINUTES: 'Acta', ADDENDUM: 'Adenda' } },
  fileSuffix: 'expediente-de-prueba-C144',
};

const BY_LOCALE: Record<Locale, EvidenceExportLabels> = { en: EN, fr: FR, es: ES };

export const evidenceExportLabels = (locale: Locale): EvidenceExportLabels => BY_LOCALE[locale] ?? EN;
