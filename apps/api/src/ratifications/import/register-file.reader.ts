import { parse as parseCsv } from 'csv-parse/sync';
import { RATIFICATION_IMPORT_MAX_ROWS } from '@tripart/contracts';
import { decodeText } from '../../common/files/text-decoding';
import { unpackZip, ZipRefusal } from '../../common/files/zip-archive';
import { childElements, isElement, parseXml, type XmlElement, type XmlNode } from '../../dossiers/drafts/import/xml-tree';
import type { Cell } from './normlex-rows';

/** Why a file is not a table Tripart reads: not CSV or XLSX, damaged, or past the limits. */
export class RegisterFileError extends Error {
  override readonly name = 'RegisterFileError';
  constructor(
    readonly reason: 'UNSUPPORTED' | 'DAMAGED' | 'TOO_LARGE' | 'TOO_MANY_ROWS',
    message: string,
  ) {
    super(message);
  }
}

/** An XLSX workbook's parts inflate at most to this (a NORMLEX table is some 50 KB of sheet XML). */
const XLSX_LIMITS = { maxUnpackedBytes: 4 * 1024 * 1024, maxEntries: 200 };
/** The separators a spreadsheet writes CSV with: tab (copied from a web page), semicolon (Excel in French or Spanish), comma. */
const SEPARATORS = ['\t', ';', ','] as const;

/** The first sheet of an XLSX workbook, or a CSV/TSV text, as rows of cells. */
export async function readRegisterFile(buffer: Buffer): Promise<Cell[][]> {
  const table = isZip(buffer) ? await readXlsx(buffer) : readCsv(buffer);
  if (table.length > RATIFICATION_IMPORT_MAX_ROWS + 60) throw new RegisterFileError('TOO_MANY_ROWS', `More than ${RATIFICATION_IMPORT_MAX_ROWS} rows.`);
  return table;
}

const isZip = (buffer: Buffer): boolean => buffer.length > 4 && buffer.readUInt32LE(0) === 0x04034b50;

function readCsv(buffer: Buffer): Cell[][] {
  const decoded = decodeText(buffer);
  if (!decoded) throw new RegisterFileError('UNSUPPORTED', 'This file is neither a CSV table nor an XLSX workbook.');
  const text = decoded.text.replace(/^\uFEFF/u, '');
  const lines = text.split('\n', 60);
  const separator = SEPARATORS.find((candidate) => lines.some((line) => /convention|convenio|instrument/iu.test(line) && line.includes(candidate))) ?? ',';
  try {
    return parseCsv(text, { delimiter: separator, relax_column_count: true, relax_quotes: true, skip_empty_lines: true, to_line: RATIFICATION_IMPORT_MAX_ROWS + 61 }) as string[][];
  } catch (error) {
    throw new RegisterFileError('DAMAGED', `This CSV table could not be read: ${(error as Error).message.slice(0, 200)}`);
  }
}

async function readXlsx(buffer: Buffer): Promise<Cell[][]> {
  const wanted = (name: string) => name === 'xl/workbook.xml' || name === 'xl/_rels/workbook.xml.rels' || name === 'xl/sharedStrings.xml' || name.startsWith('xl/worksheets/sheet');
  const zip = await unpackZip(buffer, wanted, XLSX_LIMITS).catch((error: unknown) => {
    if (error instanceof ZipRefusal) throw new RegisterFileError(error.reason === 'too-large' ? 'TOO_LARGE' : 'DAMAGED', `This workbook could not be opened: ${error.message}.`);
    throw error;
  });
  const xml = (name: string): XmlElement | null => {
    const part = zip.parts.get(name);
    if (!part) return null;
    try {
      return parseXml(part.toString('utf8'));
    } catch {
      throw new RegisterFileError('DAMAGED', `This workbook's part ${name} is damaged.`);
    }
  };
  const sheet = xml(firstSheetPath(xml('xl/workbook.xml'), xml('xl/_rels/workbook.xml.rels')));
  if (!sheet) throw new RegisterFileError('UNSUPPORTED', 'This file is a zip archive but not an XLSX workbook with a sheet.');
  const strings = sharedStrings(xml('xl/sharedStrings.xml'));
  const data = childElements(sheet, 'sheetData')[0];
  if (!data) return [];
  const rows: Cell[][] = [];
  for (const row of childElements(data, 'row')) {
    if (rows.length > RATIFICATION_IMPORT_MAX_ROWS + 60) break;
    const index = Number(row.attributes.r ?? rows.length + 1) - 1;
    if (!Number.isInteger(index) || index < 0 || index > RATIFICATION_IMPORT_MAX_ROWS + 60) throw new RegisterFileError('TOO_MANY_ROWS', `More than ${RATIFICATION_IMPORT_MAX_ROWS} rows.`);
    while (rows.length < index) rows.push([]);
    const cells: Cell[] = [];
    for (const cell of childElements(row, 'c')) {
      const column = columnOf(cell.attributes.r ?? '') ?? cells.length;
      if (column > 50) continue;
      while (cells.length < column) cells.push(null);
      cells.push(cellValue(cell, strings));
    }
    rows[index] = cells;
  }
  return rows;
}

function firstSheetPath(workbook: XmlElement | null, relations: XmlElement | null): string {
  const first = workbook && childElements(childElements(workbook, 'sheets')[0] ?? workbook, 'sheet')[0];
  const id = first && (first.attributes.id ?? first.attributes['r:id']);
  const target = relations && id ? childElements(relations, 'Relationship').find((relation) => relation.attributes.Id === id)?.attributes.Target : undefined;
  if (!target) return 'xl/worksheets/sheet1.xml';
  return target.startsWith('/') ? target.slice(1) : `xl/${target.replace(/^\.\//u, '')}`;
}

function sharedStrings(table: XmlElement | null): string[] {
  return table ? childElements(table, 'si').map(textOf) : [];
}

function cellValue(cell: XmlElement, strings: readonly string[]): Cell {
  const type = cell.attributes.t;
  if (type === 'inlineStr') return textOf(childElements(cell, 'is')[0] ?? cell);
  const value = childElements(cell, 'v')[0];
  const raw = value ? textOf(value) : '';
  if (type === 's') return strings[Number(raw)] ?? '';
  if (type === 'str' || type === 'b' || type === 'e' || raw === '') return raw;
  const number = Number(raw);
  return Number.isFinite(number) ? number : raw;
}

/** Every text run of an element (`<t>`, rich text `<r><t>`), phonetic guides (`<rPh>`) left out. */
function textOf(element: XmlElement): string {
  const walk = (node: XmlNode): string => (isElement(node) ? (node.name === 'rPh' ? '' : node.children.map(walk).join('')) : node);
  return element.children.map(walk).join('');
}

function columnOf(reference: string): number | null {
  const letters = /^([A-Z]{1,3})\d+$/u.exec(reference)?.[1];
  if (!letters) return null;
  return [...letters].reduce((sum, letter) => sum * 26 + letter.charCodeAt(0) - 64, 0) - 1;
}
