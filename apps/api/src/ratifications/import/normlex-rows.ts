import {
  INSTRUMENT_CODE,
  RATIFICATION_DECLARATION_MAX,
  RATIFICATION_DECLARATIONS_MAX,
  RATIFICATION_NOTE_MAX,
  type RatificationRowProblem,
  type RatificationStatus,
} from '@tripart/contracts';
import { dateFromSpreadsheetSerial, parseNormlexDate } from './normlex-date';
import { parseNormlexNote } from './normlex-note';

/** A cell as a table reader gives it: text, or a spreadsheet's number (a date cell is a day number). */
export type Cell = string | number | null;

/** One row of a register table, in the register's fields. */
export interface RegisterRow {
  line: number;
  code: string;
  /** As the table names it, without "(No. 138)"; null when the cell gives the code only. */
  title: string | null;
  year: number | null;
  status: RatificationStatus;
  ratifiedOn: string | null;
  denouncedOn: string | null;
  denouncedBy: string | null;
  automaticDenunciation: boolean;
  abrogation: string | null;
  declarations: string[];
  note: string | null;
}

/** A row that cannot be taken, by line (1 = the file's first line), with the reason and what it was. */
export interface RowProblem {
  line: number;
  reason: RatificationRowProblem;
  value: string;
}

export interface ParsedRegisterTable {
  rows: RegisterRow[];
  problems: RowProblem[];
  /** Lines under the header that name no instrument and hold nothing else: NORMLEX's section headings ("Fundamental"). */
  ignoredLines: number[];
}

type Column = 'convention' | 'date' | 'status' | 'note';

const HEADERS: Record<Column, readonly string[]> = {
  convention: ['convention', 'conventions', 'convenio', 'convenios', 'instrument', 'instruments', 'instrumento', 'code'],
  date: ['date', 'fecha', 'ratification date', 'date de ratification', 'fecha de ratificación', 'ratified'],
  status: ['status', 'statut', 'estado', 'situation', 'situación'],
  note: ['note', 'notes', 'nota', 'notas', 'remarks', 'observations', 'comment', 'comments'],
};

const STATUS_WORDS: ReadonlyArray<readonly [RatificationStatus, readonly string[]]> = [
  ['IN_FORCE', ['in force', 'en vigueur', 'en vigor', 'in_force']],
  ['NOT_IN_FORCE', ['not in force', 'pas en vigueur', "n'est pas en vigueur", 'no está en vigor', 'no esta en vigor', 'no en vigor', 'not_in_force']],
  ['DENOUNCED', ['denounced', 'dénoncée', 'dénoncé', 'denunciado', 'denunciada']],
  ['ABROGATED', ['abrogated', 'abrogée', 'abrogé', 'derogado', 'derogada']],
  ['NOT_RATIFIED', ['not ratified', 'non ratifiée', 'non ratifié', 'no ratificado', 'no ratificada', 'not_ratified']],
];
const STATUS_OF = new Map(STATUS_WORDS.flatMap(([status, words]) => words.map((word) => [word, status] as const)));

/** "C001 - Hours of Work (Industry) Convention, 1919 (No. 1)", "C1", "P029 - Protocol of 2014 …". */
const CODE_CELL = /^([CP])\s*0*(\d{1,3})\b\s*(?:[-–—:]\s*(.*))?$/iu;

const text = (cell: Cell | undefined): string => (cell === null || cell === undefined ? '' : String(cell)).trim();
const normal = (value: string): string => value.toLocaleLowerCase('fr').replace(/\s+/gu, ' ').replace(/[.:]$/u, '').trim();

/** Reads a register table: its header row (any language, any column order), then one instrument per row. */
export function parseRegisterTable(table: readonly (readonly Cell[])[]): ParsedRegisterTable {
  const header = findHeader(table);
  if (!header) return { rows: [], problems: [{ line: 1, reason: 'NO_HEADER', value: '' }], ignoredLines: [] };
  const result: ParsedRegisterTable = { rows: [], problems: [], ignoredLines: [] };
  const lineOf = new Map<string, number>();
  for (let index = header.index + 1; index < table.length; index += 1) {
    const cells = table[index];
    const line = index + 1;
    const at = (column: Column): Cell => (header.columns[column] === undefined ? null : cells[header.columns[column]!] ?? null);
    if (cells.every((cell) => text(cell) === '')) continue;
    const parsed = parseRow(line, at);
    if ('ignored' in parsed) result.ignoredLines.push(line);
    else if ('problem' in parsed) result.problems.push(parsed.problem);
    else if (lineOf.has(parsed.row.code)) result.problems.push({ line, reason: 'DUPLICATE', value: `${parsed.row.code} (${lineOf.get(parsed.row.code)})` });
    else {
      lineOf.set(parsed.row.code, line);
      result.rows.push(parsed.row);
    }
  }
  return result;
}

function findHeader(table: readonly (readonly Cell[])[]): { index: number; columns: Partial<Record<Column, number>> } | null {
  for (let index = 0; index < Math.min(table.length, 50); index += 1) {
    const columns: Partial<Record<Column, number>> = {};
    table[index].forEach((cell, position) => {
      const name = normal(text(cell));
      const column = (Object.keys(HEADERS) as Column[]).find((key) => HEADERS[key].includes(name));
      if (column && columns[column] === undefined) columns[column] = position;
    });
    if (columns.convention !== undefined && columns.status !== undefined) return { index, columns };
  }
  return null;
}

type RowOutcome = { row: RegisterRow } | { problem: RowProblem } | { ignored: true };

function parseRow(line: number, at: (column: Column) => Cell): RowOutcome {
  const instrument = text(at('convention'));
  const code = CODE_CELL.exec(instrument);
  const rest = [at('date'), at('status'), at('note')].map(text).join('');
  if (!code || !INSTRUMENT_CODE.test(`${code[1].toUpperCase()}${code[2].padStart(3, '0')}`)) {
    return rest === '' ? { ignored: true } : { problem: { line, reason: 'BAD_CODE', value: instrument.slice(0, 120) } };
  }
  const statusText = text(at('status'));
  const declared = STATUS_OF.get(normal(statusText));
  if (!declared) return { problem: { line, reason: 'UNKNOWN_STATUS', value: statusText.slice(0, 120) } };
  const note = text(at('note'));
  if (note.length > RATIFICATION_NOTE_MAX) return { problem: { line, reason: 'TOO_LONG', value: 'note' } };
  const facts = parseNormlexNote(note);
  if (facts.badDate) return { problem: { line, reason: 'BAD_DATE', value: facts.badDate } };
  if (facts.declarations.length > RATIFICATION_DECLARATIONS_MAX || facts.declarations.some((item) => item.length > RATIFICATION_DECLARATION_MAX)) {
    return { problem: { line, reason: 'TOO_LONG', value: 'note' } };
  }
  const status = refinedStatus(declared, facts);
  if (!status) return { problem: { line, reason: 'CONTRADICTION', value: `${statusText} / ${note.slice(0, 120)}` } };
  const dateCell = at('date');
  const ratifiedOn = typeof dateCell === 'number' ? dateFromSpreadsheetSerial(dateCell) : text(dateCell) ? parseNormlexDate(text(dateCell)) : null;
  if (text(dateCell) && !ratifiedOn) return { problem: { line, reason: 'BAD_DATE', value: text(dateCell).slice(0, 60) } };
  if (!ratifiedOn && status !== 'NOT_RATIFIED') return { problem: { line, reason: 'MISSING_DATE', value: '' } };
  const denouncedOn = facts.denounced?.on ?? null;
  if (denouncedOn && ratifiedOn && denouncedOn < ratifiedOn) return { problem: { line, reason: 'DENOUNCED_BEFORE_RATIFIED', value: `${ratifiedOn} > ${denouncedOn}` } };
  const named = titleOf(code[3] ?? '');
  return {
    row: {
      line,
      code: `${code[1].toUpperCase()}${code[2].padStart(3, '0')}`,
      title: named.title,
      year: named.year,
      status,
      ratifiedOn: status === 'NOT_RATIFIED' ? null : ratifiedOn,
      denouncedOn,
      denouncedBy: facts.denounced?.byConvention ?? null,
      automaticDenunciation: facts.denounced?.automatic ?? false,
      abrogation: facts.abrogation,
      declarations: facts.declarations,
      note: note || null,
    },
  };
}

/** The status the row states once its note is read: NORMLEX says "Not in force" and puts the denunciation in the note. */
function refinedStatus(declared: RatificationStatus, facts: ReturnType<typeof parseNormlexNote>): RatificationStatus | null {
  if (facts.abrogation !== null) return declared === 'NOT_RATIFIED' ? null : 'ABROGATED';
  if (facts.denounced) return declared === 'IN_FORCE' || declared === 'NOT_RATIFIED' ? null : 'DENOUNCED';
  return declared;
}

function titleOf(raw: string): { title: string | null; year: number | null } {
  const title = raw.replace(/\s*\((?:No|N°|n°|núm|Núm)\.?\s*\d+\)\s*$/u, '').trim();
  if (!title) return { title: null, year: null };
  const year = /,\s*(\d{4})\s*$/u.exec(title) ?? /\b(19[1-9]\d|20\d\d)\b/u.exec(title);
  return { title: title.slice(0, 200), year: year ? Number(year[1]) : null };
}
