import type { RatificationStatus } from './ratifications';

/** Why a row of an imported register table was not taken (said in the person's language by the web). */
export const RATIFICATION_ROW_PROBLEMS = [
  'NO_HEADER',
  'BAD_CODE',
  'UNKNOWN_INSTRUMENT',
  'UNKNOWN_STATUS',
  'BAD_DATE',
  'MISSING_DATE',
  'DUPLICATE',
  'CONTRADICTION',
  'DENOUNCED_BEFORE_RATIFIED',
  'TOO_LONG',
] as const;
export type RatificationRowProblem = (typeof RATIFICATION_ROW_PROBLEMS)[number];

/** What an import would do to one instrument's entry. */
export type RatificationRowChange = 'NEW' | 'CHANGED' | 'UNCHANGED';

export interface RatificationImportRow {
  line: number;
  code: string;
  title: string;
  status: RatificationStatus;
  ratifiedOn: string | null;
  denouncedOn: string | null;
  denouncedBy: string | null;
  abrogation: string | null;
  declarations: string[];
  change: RatificationRowChange;
  /** Not yet in the reference data: added as a technical instrument under the title the table gives. */
  newInstrument: boolean;
}

/** The preview of an import (nothing stored) or, with `imported`, what was stored: all rows or none. */
export interface RatificationImportResult {
  countryCode: string;
  rows: RatificationImportRow[];
  problems: Array<{ line: number; reason: RatificationRowProblem; value: string }>;
  ignoredLines: number[];
  /** Entries of the register that the table does not name: kept as they are. */
  kept: number;
  imported: boolean;
}
