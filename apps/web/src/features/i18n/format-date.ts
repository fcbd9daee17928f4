/** Dates in the reader's language, e.g. "12 March 2026" / "12 mars 2026". */
export function formatDate(value: string | Date, locale: string, withTime = false): string {
  const date = typeof value === 'string' ? new Date(value) : value;
  if (Number.isNaN(date.getTime())) return '';
  return new Intl.DateTimeFormat(locale, {
    dateStyle: 'medium',
    ...(withTime ? { timeStyle: 'short' } : {}),
  }).format(date);
}
