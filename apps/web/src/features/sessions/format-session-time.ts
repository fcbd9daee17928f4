/** "12 Mar 2026, 10:00 – 12:00" (same day) or both dates in full, in the reader's locale. */
export function formatSessionTime(startsAt: string, endsAt: string, locale: string): string {
  const start = new Date(startsAt);
  const end = new Date(endsAt);
  if (Number.isNaN(start.getTime()) || Number.isNaN(end.getTime())) return '';
  const full = new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeStyle: 'short' });
  const sameDay = start.toDateString() === end.toDateString();
  const endText = sameDay ? new Intl.DateTimeFormat(locale, { timeStyle: 'short' }).format(end) : full.format(end);
  return `${full.format(start)} – ${endText}`;
}

/** Upcoming: not closed, and live or not yet over. Past: the rest, newest first. */
export function splitSessions<T extends { status: string; endsAt: string; startsAt: string }>(sessions: readonly T[], now: number) {
  const upcoming: T[] = [];
  const past: T[] = [];
  for (const session of sessions) {
    const over = session.status === 'CLOSED' || (session.status !== 'LIVE' && Date.parse(session.endsAt) < now);
    (over ? past : upcoming).push(session);
  }
  upcoming.sort((a, b) => Date.parse(a.startsAt) - Date.parse(b.startsAt));
  past.sort((a, b) => Date.parse(b.startsAt) - Date.parse(a.startsAt));
  return { upcoming, past };
}

/** A `datetime-local` value ("2026-03-12T10:00") for a date, in local time. */
export function toLocalInput(date: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}T${pad(date.getHours())}:${pad(date.getMinutes())}`;
}

/** A `datetime-local` value → ISO, or null if it is not a date. */
export function fromLocalInput(value: string): string | null {
  if (!value) return null;
  const date = new Date(value);
  return Number.isNaN(date.getTime()) ? null : date.toISOString();
}
