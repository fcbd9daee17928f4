/**
 * Dates as NORMLEX prints them ("26 Jul 1961"; in French "26 juil. 1961", in
 * Spanish "26 jul. 1961"), full month names, ISO dates, and the day numbers a
 * spreadsheet stores when a cell holds a date. Answers an ISO date or null.
 */
const MONTHS: ReadonlyArray<readonly string[]> = [
  ['jan', 'january', 'janv', 'janvier', 'ene', 'enero'],
  ['feb', 'february', 'févr', 'fevr', 'février', 'fevrier', 'febrero'],
  ['mar', 'march', 'mars', 'marzo'],
  ['apr', 'april', 'avr', 'avril', 'abr', 'abril'],
  ['may', 'mai', 'mayo'],
  ['jun', 'june', 'juin', 'junio'],
  ['jul', 'july', 'juil', 'juillet', 'julio'],
  ['aug', 'august', 'août', 'aout', 'ago', 'agosto'],
  ['sep', 'sept', 'september', 'septembre', 'septiembre', 'setiembre'],
  ['oct', 'october', 'octobre', 'octubre'],
  ['nov', 'november', 'novembre', 'noviembre'],
  ['dec', 'december', 'déc', 'decembre', 'décembre', 'dic', 'diciembre'],
];

const MONTH_OF = new Map(MONTHS.flatMap((names, index) => names.map((name) => [name, index + 1] as const)));

const DAY_MONTH_YEAR = /^(\d{1,2})(?:er)?[\s-]+(?:de\s+)?([\p{L}]+)\.?[\s-]+(?:de\s+)?(\d{4})$/u;
const ISO = /^(\d{4})-(\d{2})-(\d{2})$/;
/** The words a date may carry inside a note ("Denounced on 26 Jul 1961"). */
export const DATE_IN_TEXT = String.raw`\d{1,2}(?:er)?[\s-]+(?:de\s+)?[\p{L}]+\.?[\s-]+(?:de\s+)?\d{4}|\d{4}-\d{2}-\d{2}`;

export function parseNormlexDate(raw: string): string | null {
  const text = raw.trim().replace(/\s+/gu, ' ');
  const iso = ISO.exec(text);
  if (iso) return validDate(Number(iso[1]), Number(iso[2]), Number(iso[3]));
  const parts = DAY_MONTH_YEAR.exec(text);
  if (!parts) return null;
  const month = MONTH_OF.get(parts[2].toLocaleLowerCase('fr'));
  return month ? validDate(Number(parts[3]), month, Number(parts[1])) : null;
}

/** A spreadsheet's day number (days since 1899-12-30, the 1900 date system as Excel and LibreOffice write it). */
export function dateFromSpreadsheetSerial(serial: number): string | null {
  if (!Number.isFinite(serial) || serial < 1 || serial > 2_958_465) return null;
  const date = new Date(Date.UTC(1899, 11, 30) + Math.floor(serial) * 86_400_000);
  return date.toISOString().slice(0, 10);
}

function validDate(year: number, month: number, day: number): string | null {
  if (year < 1919 || year > 2200) return null; // the ILO's first conventions date from 1919
  const date = new Date(Date.UTC(year, month - 1, day));
  if (date.getUTCFullYear() !== year || date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) return null;
  return date.toISOString().slice(0, 10);
}
