import type { AckError } from '@tripart/contracts';
import type { AuthenticatedToken } from '../auth/access-token.verifier';
import type { TripartSocket } from './socket-types';

export const SESSION_EXPIRED: AckError = { code: 'UNAUTHENTICATED', message: 'Your session has expired. Sign in again.' };
/** setTimeout's longest delay. */
const MAX_TIMER_MS = 2 ** 31 - 1;
/** The close comes this long after the expiry at the latest; events are checked against the expiry itself. */
export const EXPIRY_CLOSE_GRACE_MS = 1_000;

const timers = new WeakMap<TripartSocket, ReturnType<typeof setTimeout>>();

/**
 * A socket lives as long as the access token it presented: each event is
 * checked against the token's expiry, and the connection is closed when it
 * passes, so that nothing is pushed to it either. The client then reconnects
 * with a fresh token. (On connecting it joins the room of its sign-in, which signing out empties.)
 */
export function holdToken(socket: TripartSocket, token: AuthenticatedToken): void {
  socket.data.tokenExpiresAt = token.expiresAt;
  socket.data.sessionId = token.sessionId;
  const previous = timers.get(socket);
  if (previous) clearTimeout(previous);
  const timer = setTimeout(() => endExpired(socket), Math.min(MAX_TIMER_MS, Math.max(0, token.expiresAt + EXPIRY_CLOSE_GRACE_MS - Date.now())));
  timer.unref();
  timers.set(socket, timer);
  socket.once('disconnect', () => clearTimeout(timer));
}

export function tokenExpired(socket: TripartSocket): boolean {
  const expiresAt = socket.data.tokenExpiresAt;
  return typeof expiresAt !== 'number' || Date.now() >= expiresAt;
}

/** Closes the connection once the acknowledgement being sent has left. */
export function endExpired(socket: TripartSocket): void {
  setImmediate(() => socket.disconnect(true));
}

/**
 * A recovered connection skipped the handshake (Socket.IO replays what it
 * missed first): its new token is checked now, before any of its events, and
 * must be the same person's.
 */
export async function reauthenticateRecovered(socket: TripartSocket, authenticate: (token: unknown) => Promise<AuthenticatedToken | null>): Promise<void> {
  const token = await authenticate(socket.handshake.auth?.token).catch(() => null);
  if (!token || token.actor.userId !== socket.data.actor?.userId) return void socket.disconnect(true);
  socket.data.actor = token.actor;
  holdToken(socket, token);
}
