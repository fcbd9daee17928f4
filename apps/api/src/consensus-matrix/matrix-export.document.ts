import type { MatrixFilter, MatrixRow } from '@tripart/contracts';
import type { MatrixExportLabels } from './matrix-export.labels';

export const MATRIX_EXPORT_FORMATS = ['pdf', 'docx'] as const;
export type MatrixExportFormat = (typeof MATRIX_EXPORT_FORMATS)[number];

/** What a printed matrix renders: the rows the filter keeps, and what they are of. */
export interface MatrixExportDocument {
  dossier: { id: string; title: string };
  draftVersion: number | null;
  rows: MatrixRow[];
  filter: MatrixFilter;
  answered: { answered: number; total: number };
  exportedAt: Date;
  labels: MatrixExportLabels;
}
