import type { TFunction } from 'i18next';
import { CONSTITUENCIES, reservationOf } from '@tripart/contracts';
import type { MatrixRow } from './outcomes-matrix';

/** RFC 4180: a field with a quote, separator or line break is quoted, its quotes doubled. */
const field = (value: string) => (/[",\r\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value);

/**
 * The consensus matrix as shown (the rows the filters keep), in the reader's
 * language: one line per provision, per side its position, reservation and the
 * government's verdict, then the outcome and the agreed text.
 */
export function matrixCsv(rows: readonly MatrixRow[], t: TFunction): string {
  const header = [
    t('outcomes.provision'),
    t('outcomes.outcome'),
    ...CONSTITUENCIES.flatMap((side) => [
      t('outcomes.csv.position', { side: t(`sides.${side}`) }),
      t('outcomes.csv.reservation', { side: t(`sides.${side}`) }),
      t('outcomes.csv.response', { side: t(`sides.${side}`) }),
    ]),
    t('outcomes.note'),
    t('outcomes.csv.agreedText'),
  ];
  const lines = rows.map((row) => [
    row.label,
    row.outcome ? t(`outcomes.kinds.${row.outcome.outcome}`) : t('outcomes.none'),
    ...CONSTITUENCIES.flatMap((side) => {
      const position = row.positions[side];
      return [
        position ? t(`positions.stances.${position.stance}`) : t('outcomes.noPosition'),
        reservationOf(row, side),
        position?.verdict ? t(`responses.verdicts.${position.verdict}`) : position?.contribution ? t('outcomes.noResponse') : '',
      ];
    }),
    row.outcome?.note ?? '',
    row.outcome?.agreedText ?? '',
  ]);
  // A byte-order mark so spreadsheet programs read the accents right; CRLF as RFC 4180 has it.
  return '\uFEFF' + [header, ...lines].map((line) => line.map(field).join(',')).join('\r\n') + '\r\n';
}

/** Hands the text to the browser as a file download. */
export function downloadCsv(fileName: string, text: string): void {
  const url = URL.createObjectURL(new Blob([text], { type: 'text/csv;charset=utf-8' }));
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 0);
}
