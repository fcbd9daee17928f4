import { clockOffset, countdownPhase, formatClock, secondsLeft } from './session-clock';

describe('session clock', () => {
  it('measures how far the server clock is ahead of ours', () => {
    expect(clockOffset('2026-03-01T10:00:05.000Z', Date.parse('2026-03-01T10:00:00.000Z'))).toBe(5000);
  });

  it('counts down against the server clock, never below zero', () => {
    const now = Date.parse('2026-03-01T10:00:00.000Z');
    expect(secondsLeft('2026-03-01T10:01:00.000Z', now, 0)).toBe(60);
    // Our clock is 20 s late: the server is already at 10:00:20.
    expect(secondsLeft('2026-03-01T10:01:00.000Z', now, 20_000)).toBe(40);
    expect(secondsLeft('2026-03-01T09:59:00.000Z', now, 0)).toBe(0);
    expect(secondsLeft(null, now, 0)).toBeNull();
  });

  it('warns in the last 30 seconds and says when time is up', () => {
    expect(countdownPhase(31)).toBe('normal');
    expect(countdownPhase(30)).toBe('warning');
    expect(countdownPhase(0)).toBe('over');
  });

  it('formats minutes and seconds', () => {
    expect(formatClock(185)).toBe('3:05');
    expect(formatClock(9)).toBe('0:09');
    expect(formatClock(3723)).toBe('1:02:03');
  });
});
