import { CONSTITUENCIES, reservationOf, type MatrixRow } from '@tripart/contracts';
import { isRightToLeft, printCell, printFact, printMoment, printParagraph, printTable, type PrintBlock, type Printout, type PrintTone } from '../common/print/print-blocks';
import type { MatrixExportDocument } from './matrix-export.document';
import type { MatrixExportLabels, RowStanding } from './matrix-export.labels';

/** Where the sides stand on a row, in words: the table's colour says no more than this. */
export function standingOf(row: MatrixRow): RowStanding {
  if (row.disagreement) return 'DISAGREEMENT';
  return row.outcome && row.outcome.outcome !== 'DEFERRED' ? 'AGREEMENT' : 'OPEN';
}

const sideCell = (labels: MatrixExportLabels, row: MatrixRow, side: (typeof CONSTITUENCIES)[number]): string => {
  const position = row.positions[side];
  const reservation = reservationOf(row, side);
  return [position ? `${labels.stances[position.stance]} (${labels.submission(position.submissionNumber)})` : labels.noPosition, reservation ? labels.reservation(reservation) : ''].filter(Boolean).join('. ');
};

const outcomeCell = (labels: MatrixExportLabels, row: MatrixRow): string =>
  [labels.standing[standingOf(row)], row.outcome ? labels.outcomes[row.outcome.outcome] : labels.noOutcome, row.outcome?.note ?? ''].filter(Boolean).join(' — ');

const TONES: Record<RowStanding, PrintTone | undefined> = { AGREEMENT: 'agree', DISAGREEMENT: 'divided', OPEN: undefined };

const responseCell = (labels: MatrixExportLabels, row: MatrixRow): string =>
  CONSTITUENCIES.flatMap((side) => {
    const position = row.positions[side];
    return position?.contribution ? [`${labels.sides[side]}: ${position.verdict ? labels.verdicts[position.verdict] : labels.noResponse}`] : [];
  }).join('; ') || '—';

/** The texts the rows' outcomes froze, after the table (a cell is too narrow for a provision). */
function agreedTexts(labels: MatrixExportLabels, rows: readonly MatrixRow[]): PrintBlock[] {
  const agreed = rows.filter((row) => row.outcome?.agreedText);
  if (!agreed.length) return [];
  return [
    { type: 'heading', level: 2, text: labels.agreedTexts },
    ...agreed.flatMap((row): PrintBlock[] => [
      { type: 'heading', level: 3, text: row.label },
      // A joint text holds one paragraph per line.
      ...row.outcome!.agreedText!.split('\n').flatMap((line): PrintBlock[] => (line.trim() ? [{ type: 'quote', text: line.trim(), rtl: isRightToLeft(line) }] : [])),
    ]),
  ];
}

/** The matrix's rows as a printed table: a row per provision, a column per side, the outcome and the government's response. */
export function matrixPrintoutOf(document: MatrixExportDocument): Printout {
  const { labels, rows } = document;
  const filters = [document.filter.disagreement ? labels.filters.disagreement : '', document.filter.unanswered ? labels.filters.unanswered : ''].filter(Boolean);
  const title = `${labels.title} — ${document.dossier.title}`;
  const table: PrintBlock = printTable(
    [labels.headers.provision, ...CONSTITUENCIES.map((side) => labels.sides[side]), labels.headers.outcome, labels.headers.response],
    rows.map((row) => [row.provisionId ? row.label : `${row.label} (${labels.topic})`, ...CONSTITUENCIES.map((side) => sideCell(labels, row, side)), printCell(outcomeCell(labels, row), TONES[standingOf(row)]), responseCell(labels, row)]),
  );
  return {
    title,
    lang: labels.locale,
    authors: ['Tripart'],
    keywords: [labels.title, document.dossier.title],
    footer: title,
    createdAt: document.exportedAt,
    blocks: [
      { type: 'title', text: title },
      {
        type: 'facts',
        rows: [
          printFact(labels.facts.dossier, document.dossier.title),
          ...(document.draftVersion ? [printFact(labels.facts.draft, labels.draftVersion(document.draftVersion))] : []),
          printFact(labels.facts.exported, printMoment(labels.locale, document.exportedAt)),
          printFact(labels.facts.shown, labels.shown(rows.length, filters)),
          printFact(labels.facts.answered, labels.answered(document.answered.answered, document.answered.total)),
        ],
      },
      printParagraph(labels.legend),
      rows.length ? table : printParagraph(labels.empty),
      ...agreedTexts(labels, rows),
    ],
  };
}
