import type { Constituency, Locale, OutcomeKind, PositionStance, ResponseVerdict } from '@tripart/contracts';
import { minutesExportLabels } from '../minutes/export/minutes-export.labels';

/** Where the sides stand on a row, said in words (the colour only repeats it). */
export type RowStanding = 'DISAGREEMENT' | 'AGREEMENT' | 'OPEN';

/** The words of the printed consensus matrix in one language: the requester's. */
export interface MatrixExportLabels {
  locale: Locale;
  title: string;
  facts: { dossier: string; draft: string; exported: string; shown: string; answered: string };
  draftVersion: (version: number) => string;
  shown: (rows: number, filters: string[]) => string;
  filters: { disagreement: string; unanswered: string };
  answered: (answered: number, total: number) => string;
  headers: { provision: string; outcome: string; response: string };
  sides: Record<Constituency, string>;
  stances: Record<PositionStance, string>;
  submission: (number: number) => string;
  noPosition: string;
  reservation: (text: string) => string;
  outcomes: Record<OutcomeKind, string>;
  noOutcome: string;
  standing: Record<RowStanding, string>;
  verdicts: Record<ResponseVerdict, string>;
  noResponse: string;
  topic: string;
  legend: string;
  agreedTexts: string;
  empty: string;
  fileName: string;
}

type Words = Omit<MatrixExportLabels, 'locale' | 'sides' | 'outcomes'>;

const EN: Words = {
  title: 'Consensus matrix',
  facts: { dossier: 'Dossier', draft: 'Draft', exported: 'Exported', shown: 'Rows', answered: 'Responses' },
  draftVersion: (version) => `Version ${version}`,
  shown: (rows, filters) => `${rows} ${rows === 1 ? 'row' : 'rows'}${filters.length ? ` — only ${filters.join(' and ')}` : ''}`,
  filters: { disagreement: 'where the sides disagree', unanswered: 'where a contribution has no response yet' },
  answered: (answered, total) => `${answered} of ${total} contributions answered`,
  headers: { provision: 'Article', outcome: 'Outcome', response: 'Government response' },
  stances: { SUPPORT: 'Support', SUPPORT_WITH_AMENDMENTS: 'Support with amendments', OPPOSE: 'Oppose', RESERVE: 'Reserve', NO_POSITION: 'No position' },
  submission: (number) => `submission ${number}`,
  noPosition: 'No position submitted',
  reservation: (text) => `Reservation: ${text}`,
  noOutcome: 'No outcome yet',
  standing: { DISAGREEMENT: 'Disagreement', AGREEMENT: 'Agreement', OPEN: 'Not yet settled' },
  verdicts: { ACCEPTED: 'Accepted', PARTLY_ACCEPTED: 'Partly accepted', NOT_ACCEPTED: 'Not accepted' },
  noResponse: 'No response yet',
  topic: 'topic',
  legend: 'Each row says in words where the sides stand — Agreement, Disagreement or Not yet settled — and each side its latest submitted position and reservation: nothing rests on colour, and it prints in black and white.',
  agreedTexts: 'Agreed texts',
  empty: 'No row to show with these filters.',
  fileName: 'consensus-matrix',
};

const FR: Words = {
  title: 'Matrice du consensus',
  facts: { dossier: 'Dossier', draft: 'Projet', exported: 'Exporté le', shown: 'Lignes', answered: 'Réponses' },
  draftVersion: (version) => `Version ${version}`,
  shown: (rows, filters) => `${rows} ${rows === 1 ? 'ligne' : 'lignes'}${filters.length ? ` — seulement ${filters.join(' et ')}` : ''}`,
  filters: { disagreement: 'les désaccords', unanswered: 'les contributions encore sans réponse' },
  answered: (answered, total) => `${answered} contributions sur ${total} ont reçu une réponse`,
  headers: { provision: 'Article', outcome: 'Résultat', response: 'Réponse du gouvernement' },
  stances: { SUPPORT: 'Soutien', SUPPORT_WITH_AMENDMENTS: 'Soutien avec amendements', OPPOSE: 'Opposition', RESERVE: 'Réserve', NO_POSITION: 'Sans position' },
  submission: (number) => `soumission ${number}`,
  noPosition: 'Aucune position soumise',
  reservation: (text) => `Réserve : ${text}`,
  noOutcome: 'Pas encore de résultat',
  standing: { DISAGREEMENT: 'Désaccord', AGREEMENT: 'Accord', OPEN: 'Pas encore tranché' },
  verdicts: { ACCEPTED: 'Acceptée', PARTLY_ACCEPTED: 'Partiellement acceptée', NOT_ACCEPTED: 'Non acceptée' },
  noResponse: 'Pas encore de réponse',
  topic: 'sujet',
  legend: 'Chaque ligne dit en toutes lettres où en sont les parties — Accord, Désaccord ou Pas encore tranché — et chaque partie sa dernière position soumise et sa réserve : rien ne repose sur la couleur, et elle s’imprime en noir et blanc.',
  agreedTexts: 'Textes convenus',
  empty: 'Aucune ligne avec ces filtres.',
  fileName: 'matrice-du-consensus',
};

const ES: Words = {
  title: 'Matriz de consenso',
  facts: { dossier: 'Expediente', draft: 'Proyecto', exported: 'Exportado el', shown: 'Filas', answered: 'Respuestas' },
  draftVersion: (version) => `Versión ${version}`,
  shown: (rows, filters) => `${rows} ${rows === 1 ? 'fila' : 'filas'}${filters.length ? ` — solo ${filters.join(' y ')}` : ''}`,
  filters: { disagreement: 'donde las partes discrepan', unanswered: 'donde una contribución aún no tiene respuesta' },
  answered: (answered, total) => `${answered} de ${total} contribuciones respondidas`,
  headers: { provision: 'Artículo', outcome: 'Resultado', response: 'Respuesta del gobierno' },
  stances: { SUPPORT: 'Apoyo', SUPPORT_WITH_AMENDMENTS: 'Apoyo con enmiendas', OPPOSE: 'Oposición', RESERVE: 'Reserva', NO_POSITION: 'Sin posición' },
  submission: (number) => `presentación ${number}`,
  noPosition: 'Sin posición presentada',
  reservation: (text) => `Reserva: ${text}`,
  noOutcome: 'Aún sin resultado',
  standing: { DISAGREEMENT: 'Desacuerdo', AGREEMENT: 'Acuerdo', OPEN: 'Aún sin resolver' },
  verdicts: { ACCEPTED: 'Aceptada', PARTLY_ACCEPTED: 'Aceptada en parte', NOT_ACCEPTED: 'No aceptada' },
  noResponse: 'Aún sin respuesta',
  topic: 'tema',
  legend: 'Cada fila dice con palabras dónde están las partes — Acuerdo, Desacuerdo o Aún sin resolver — y cada parte su última posición presentada y su reserva: nada depende del color, y se imprime en blanco y negro.',
  agreedTexts: 'Textos acordados',
  empty: 'Ninguna fila con estos filtros.',
  fileName: 'matriz-de-consenso',
};

const WORDS: Record<Locale, Words> = { en: EN, fr: FR, es: ES };

export function matrixExportLabels(locale: Locale): MatrixExportLabels {
  const minutes = minutesExportLabels(locale);
  return { ...(WORDS[minutes.locale] ?? EN), locale: minutes.locale, sides: minutes.sides, outcomes: minutes.items.outcomes };
}
