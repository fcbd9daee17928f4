import { formatDate } from '../i18n/format-date';

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

/**
 * "2 minutes ago", "yesterday", "il y a 3 heures" in the reader's language;
 * past a week, the date itself.
 */
export function relativeTime(value: string | Date, now: Date, locale: string): string {
  const date = typeof value === 'string' ? new Date(value) : value;
  const elapsed = now.getTime() - date.getTime();
  if (Number.isNaN(elapsed)) return '';
  const format = new Intl.RelativeTimeFormat(locale, { numeric: 'auto' });
  if (elapsed < 45_000) return format.format(0, 'second');
  if (elapsed < 45 * MINUTE) return format.format(-Math.max(1, Math.round(elapsed / MINUTE)), 'minute');
  if (elapsed < 22 * HOUR) return format.format(-Math.round(elapsed / HOUR), 'hour');
  if (elapsed < 7 * DAY) return format.format(-Math.max(1, Math.round(elapsed / DAY)), 'day');
  return formatDate(date, locale);
}
