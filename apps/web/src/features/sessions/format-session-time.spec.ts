import { formatSessionTime, fromLocalInput, splitSessions, toLocalInput } from './format-session-time';

describe('session times', () => {
  it('writes one date for a session within a day', () => {
    const text = formatSessionTime('2026-03-12T10:00:00', '2026-03-12T12:00:00', 'en-GB');
    expect(text).toBe('12 Mar 2026, 10:00 – 12:00');
  });

  it('splits upcoming (soonest first) from past (newest first)', () => {
    const now = Date.parse('2026-03-10T00:00:00Z');
    const { upcoming, past } = splitSessions(
      [
        { id: 'late', status: 'SCHEDULED', startsAt: '2026-03-20T10:00:00Z', endsAt: '2026-03-20T12:00:00Z' },
        { id: 'soon', status: 'SCHEDULED', startsAt: '2026-03-11T10:00:00Z', endsAt: '2026-03-11T12:00:00Z' },
        { id: 'closed', status: 'CLOSED', startsAt: '2026-03-12T10:00:00Z', endsAt: '2026-03-12T12:00:00Z' },
        { id: 'old', status: 'SCHEDULED', startsAt: '2026-03-01T10:00:00Z', endsAt: '2026-03-01T12:00:00Z' },
        { id: 'overrun', status: 'LIVE', startsAt: '2026-03-01T10:00:00Z', endsAt: '2026-03-01T12:00:00Z' },
      ],
      now,
    );
    expect(upcoming.map((s) => s.id)).toEqual(['overrun', 'soon', 'late']);
    expect(past.map((s) => s.id)).toEqual(['closed', 'old']);
  });

  it('round-trips datetime-local values', () => {
    const date = new Date(2026, 2, 12, 10, 30);
    expect(toLocalInput(date)).toBe('2026-03-12T10:30');
    expect(fromLocalInput('2026-03-12T10:30')).toBe(date.toISOString());
    expect(fromLocalInput('nonsense')).toBeNull();
  });
});
