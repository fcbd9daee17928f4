/** Countdowns run on the server's clock: the offset is measured at every fetch of the session. */
export function clockOffset(serverTime: string, receivedAt: number): number {
  const server = Date.parse(serverTime);
  return Number.isNaN(server) ? 0 : server - receivedAt;
}

/** Whole seconds left until `deadline` (server time), never negative; null without a deadline. */
export function secondsLeft(deadline: string | null | undefined, now: number, offset: number): number | null {
  if (!deadline) return null;
  const end = Date.parse(deadline);
  if (Number.isNaN(end)) return null;
  return Math.max(0, Math.ceil((end - (now + offset)) / 1000));
}

/** "2:05", "0:09", "1:02:03". */
export function formatClock(totalSeconds: number): string {
  const s = Math.max(0, Math.floor(totalSeconds));
  const hours = Math.floor(s / 3600);
  const minutes = Math.floor((s % 3600) / 60);
  const seconds = String(s % 60).padStart(2, '0');
  return hours > 0 ? `${hours}:${String(minutes).padStart(2, '0')}:${seconds}` : `${minutes}:${seconds}`;
}

export type CountdownPhase = 'normal' | 'warning' | 'over';

/** Warn in the last 30 seconds; "over" once time is up. */
export function countdownPhase(left: number): CountdownPhase {
  if (left <= 0) return 'over';
  return left <= 30 ? 'warning' : 'normal';
}
