import type { Constituency, HandKind, Locale, MinutesDecision, MinutesKind, MinutesSignatory, MinutesState, OutcomeKind, SideStance } from '@tripart/contracts';
import { printMoment, printTime } from '../../common/print/print-blocks';

/** The words of a minutes export (PDF, DOCX, Akoma Ntoso) in one language: the requester's (their account's locale). */
export interface MinutesExportLabels {
  locale: Locale;
  /** ISO 639-2, as Akoma Ntoso names an expression's language. */
  iso639_2: string;
  kinds: Record<MinutesKind, string>;
  states: Record<MinutesState, string>;
  revision: (number: number) => string;
  /** The line that says what the reader holds when it is not the sealed text. */
  notSealed: (state: string) => string;
  facts: { date: string; place: string; online: string; chairs: string; noPlace: string; dossier: string };
  attendance: { heading: string; chair: string; observers: string; inRoom: string; online: string; untilEnd: string };
  sides: Record<Constituency, string>;
  delegations: Record<Constituency, string>;
  /** The role a person speaks in: "Workers' delegate". */
  delegate: Record<Constituency, string>;
  observer: string;
  items: {
    heading: string;
    interventions: string;
    noInterventions: string;
    kinds: Record<HandKind, string>;
    duration: (minutes: number, seconds: number) => string;
    noSummary: string;
    stances: string;
    stance: Record<SideStance, string>;
    outcome: string;
    outcomes: Record<OutcomeKind, string>;
    noOutcome: string;
    agreedText: string;
    reservation: (side: string) => string;
    reopened: (date: string, name: string, outcome: string, reason: string) => string;
    notes: string;
  };
  opening: string;
  closing: string;
  approvals: { heading: (number: number) => string; signatories: Record<MinutesSignatory, string>; decisions: Record<MinutesDecision, string>; pending: string; by: (name: string) => string };
  seal: { statement: (date: string, number: number) => string; hash: string; event: (seq: string) => string };
  /** The file name's word after the session's title. */
  fileSuffix: Record<MinutesKind, string>;
}

const EN: MinutesExportLabels = {
  locale: 'en',
  iso639_2: 'eng',
  kinds: { MINUTES: 'Minutes', ADDENDUM: 'Addendum to the minutes' },
  states: { DRAFT: 'Draft', SENT: 'Awaiting approval', SEALED: 'Sealed' },
  revision: (number) => `Revision ${number}`,
  notSealed: (state) => `${state}: not yet approved by all three sides and the chair.`,
  facts: { date: 'Date', place: 'Place', online: 'Online meeting', chairs: 'Chair', noPlace: 'Not given', dossier: 'Dossier' },
  attendance: { heading: 'Attendance', chair: 'Chair', observers: 'Observers', inRoom: 'in the room', online: 'online', untilEnd: 'the end' },
  sides: { GOVERNMENT: 'Government', EMPLOYERS: 'Employers', WORKERS: 'Workers' },
  delegations: { GOVERNMENT: 'Government delegation', EMPLOYERS: 'Employers’ delegation', WORKERS: 'Workers’ delegation' },
  delegate: { GOVERNMENT: 'Government delegate', EMPLOYERS: 'Employers’ delegate', WORKERS: 'Workers’ delegate' },
  observer: 'Observer',
  items: {
    heading: 'Agenda',
    interventions: 'Interventions',
    noInterventions: 'No one took the floor.',
    kinds: { NORMAL: 'Intervention', POINT_OF_ORDER: 'Point of order', RIGHT_OF_REPLY: 'Right of reply' },
    duration: (minutes, seconds) => `${minutes} min ${seconds} s`,
    noSummary: 'No summary.',
    stances: 'Stances declared',
    stance: { AGREE: 'Agree', AGREE_WITH_RESERVATION: 'Agree with a reservation', DISAGREE: 'Disagree', ABSTAIN: 'Abstain' },
    outcome: 'Outcome',
    outcomes: { CONSENSUS: 'Consensus', CONSENSUS_WITH_RESERVATIONS: 'Consensus with reservations', NO_CONSENSUS: 'No consensus', DEFERRED: 'Deferred' },
    noOutcome: 'No outcome recorded.',
    agreedText: 'Agreed text',
    reservation: (side) => `Reservation of the ${side}`,
    reopened: (date, name, outcome, reason) => `Reopened on ${date} by ${name}, withdrawing “${outcome}”: ${reason}`,
    notes: 'Notes',
  },
  opening: 'Opening',
  closing: 'Closing',
  approvals: {
    heading: (number) => `Approvals of revision ${number}`,
    signatories: { GOVERNMENT: 'Government', EMPLOYERS: 'Employers', WORKERS: 'Workers', FACILITATOR: 'Chair' },
    decisions: { APPROVED: 'Approved', CHANGES_REQUESTED: 'Changes requested' },
    pending: 'Awaiting',
    by: (name) => `by ${name}`,
  },
  seal: {
    statement: (date, number) => `Sealed on ${date}: all three sides and the chair approved revision ${number}. Nothing in these minutes can change; an addendum may follow.`,
    hash: 'SHA-256 of the sealed text',
    event: (seq) => `Audit event ${seq}`,
  },
  fileSuffix: { MINUTES: 'minutes', ADDENDUM: 'addendum' },
};

const FR: MinutesExportLabels = {
  locale: 'fr',
  iso639_2: 'fra',
  kinds: { MINUTES: 'Procès-verbal', ADDENDUM: 'Addendum au procès-verbal' },
  states: { DRAFT: 'Projet', SENT: 'En attente d’approbation', SEALED: 'Scellé' },
  revision: (number) => `Révision ${number}`,
  notSealed: (state) => `${state} : pas encore approuvé par les trois parties et la présidence.`,
  facts: { date: 'Date', place: 'Lieu', online: 'Réunion en ligne', chairs: 'Présidence', noPlace: 'Non indiqué', dossier: 'Dossier' },
  attendance: { heading: 'Présences', chair: 'Présidence', observers: 'Observateurs', inRoom: 'dans la salle', online: 'en ligne', untilEnd: 'la fin' },
  sides: { GOVERNMENT: 'Gouvernement', EMPLOYERS: 'Employeurs', WORKERS: 'Travailleurs' },
  delegations: { GOVERNMENT: 'Délégation gouvernementale', EMPLOYERS: 'Délégation des employeurs', WORKERS: 'Délégation des travailleurs' },
  delegate: { GOVERNMENT: 'Délégué·e du gouvernement', EMPLOYERS: 'Délégué·e des employeurs', WORKERS: 'Délégué·e des travailleurs' },
  observer: 'Observateur·rice',
  items: {
    heading: 'Ordre du jour',
    interventions: 'Interventions',
    noInterventions: 'Personne n’a pris la parole.',
    kinds: { NORMAL: 'Intervention', POINT_OF_ORDER: 'Motion d’ordre', RIGHT_OF_REPLY: 'Droit de réponse' },
    duration: (minutes, seconds) => `${minutes} min ${seconds} s`,
    noSummary: 'Pas de résumé.',
    stances: 'Positions déclarées',
    stance: { AGREE: 'D’accord', AGREE_WITH_RESERVATION: 'D’accord avec réserve', DISAGREE: 'Pas d’accord', ABSTAIN: 'Abstention' },
    outcome: 'Résultat',
    outcomes: { CONSENSUS: 'Consensus', CONSENSUS_WITH_RESERVATIONS: 'Consensus avec réserves', NO_CONSENSUS: 'Pas de consensus', DEFERRED: 'Reporté' },
    noOutcome: 'Aucun résultat enregistré.',
    agreedText: 'Texte convenu',
    reservation: (side) => `Réserve des ${side}`,
    reopened: (date, name, outcome, reason) => `Rouvert le ${date} par ${name}, retirant « ${outcome} » : ${reason}`,
    notes: 'Notes',
  },
  opening: 'Ouverture',
  closing: 'Clôture',
  approvals: {
    heading: (number) => `Approbations de la révision ${number}`,
    signatories: { GOVERNMENT: 'Gouvernement', EMPLOYERS: 'Employeurs', WORKERS: 'Travailleurs', FACILITATOR: 'Présidence' },
    decisions: { APPROVED: 'Approuvé', CHANGES_REQUESTED: 'Modifications demandées' },
    pending: 'En attente',
    by: (name) => `par ${name}`,
  },
  seal: {
    statement: (date, number) => `Scellé le ${date} : les trois parties et la présidence ont approuvé la révision ${number}. Rien ne peut plus y changer ; un addendum peut suivre.`,
    hash: 'SHA-256 du texte scellé',
    event: (seq) => `Événement d’audit ${seq}`,
  },
  fileSuffix: { MINUTES: 'proces-verbal', ADDENDUM: 'addendum' },
};

const ES: MinutesExportLabels = {
  locale: 'es',
  iso639_2: 'spa',
  kinds: { MINUTES: 'Acta', ADDENDUM: 'Adenda al acta' },
  states: { DRAFT: 'Borrador', SENT: 'Pendiente de aprobación', SEALED: 'Sellada' },
  revision: (number) => `Revisión ${number}`,
  notSealed: (state) => `${state}: aún no aprobada por las tres partes y la presidencia.`,
  facts: { date: 'Fecha', place: 'Lugar', online: 'Reunión en línea', chairs: 'Presidencia', noPlace: 'No indicado', dossier: 'Expediente' },
  attendance: { heading: 'Asistencia', chair: 'Presidencia', observers: 'Observadores', inRoom: 'en la sala', online: 'en línea', untilEnd: 'el final' },
  sides: { GOVERNMENT: 'Gobierno', EMPLOYERS: 'Empleadores', WORKERS: 'Trabajadores' },
  delegations: { GOVERNMENT: 'Delegación gubernamental', EMPLOYERS: 'Delegación de los empleadores', WORKERS: 'Delegación de los trabajadores' },
  delegate: { GOVERNMENT: 'Delegado/a del gobierno', EMPLOYERS: 'Delegado/a de los empleadores', WORKERS: 'Delegado/a de los trabajadores' },
  observer: 'Observador/a',
  items: {
    heading: 'Orden del día',
    interventions: 'Intervenciones',
    noInterventions: 'Nadie tomó la palabra.',
    kinds: { NORMAL: 'Intervención', POINT_OF_ORDER: 'Cuestión de orden', RIGHT_OF_REPLY: 'Derecho de réplica' },
    duration: (minutes, seconds) => `${minutes} min ${seconds} s`,
    noSummary: 'Sin resumen.',
    stances: 'Posturas declaradas',
    stance: { AGREE: 'De acuerdo', AGREE_WITH_RESERVATION: 'De acuerdo con reserva', DISAGREE: 'En desacuerdo', ABSTAIN: 'Abstención' },
    outcome: 'Resultado',
    outcomes: { CONSENSUS: 'Consenso', CONSENSUS_WITH_RESERVATIONS: 'Consenso con reservas', NO_CONSENSUS: 'Sin consenso', DEFERRED: 'Aplazado' },
    noOutcome: 'Ningún resultado registrado.',
    agreedText: 'Texto acordado',
    reservation: (side) => `Reserva de los ${side}`,
    reopened: (date, name, outcome, reason) => `Reabierto el ${date} por ${name}, retirando «${outcome}»: ${reason}`,
    notes: 'Notas',
  },
  opening: 'Apertura',
  closing: 'Clausura',
  approvals: {
    heading: (number) => `Aprobaciones de la revisión ${number}`,
    signatories: { GOVERNMENT: 'Gobierno', EMPLOYERS: 'Empleadores', WORKERS: 'Trabajadores', FACILITATOR: 'Presidencia' },
    decisions: { APPROVED: 'Aprobada', CHANGES_REQUESTED: 'Cambios solicitados' },
    pending: 'Pendiente',
    by: (name) => `por ${name}`,
  },
  seal: {
    statement: (date, number) => `Sellada el ${date}: las tres partes y la presidencia aprobaron la revisión ${number}. Nada en esta acta puede cambiar; puede seguir una adenda.`,
    hash: 'SHA-256 del texto sellado',
    event: (seq) => `Evento de auditoría ${seq}`,
  },
  fileSuffix: { MINUTES: 'acta', ADDENDUM: 'adenda' },
};

const BY_LOCALE: Record<Locale, MinutesExportLabels> = { en: EN, fr: FR, es: ES };

export const minutesExportLabels = (locale: Locale): MinutesExportLabels => BY_LOCALE[locale] ?? EN;

/** A moment as people of that language write it, in UTC: "5 mars 2026, 14:07 UTC". */
export const exportMoment = (labels: MinutesExportLabels, at: string | Date) => printMoment(labels.locale, at);

/** A time of day in UTC: "14:07". */
export const exportTime = (labels: MinutesExportLabels, at: string | Date) => printTime(labels.locale, at);
