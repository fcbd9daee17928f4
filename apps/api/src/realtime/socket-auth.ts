import passport from 'passport';
import type { Actor } from '../access/actor';

/**
 * Authenticates a Socket.IO handshake with the same passport JWT strategy as
 * GraphQL: the token travels in `auth.token` (browsers cannot set headers on
 * WebSockets) and is presented to the strategy as a bearer header.
 */
export function authenticateHandshake(token: unknown): Promise<Actor | null> {
  if (typeof token !== 'string' || token.length === 0 || token.length > 4096) return Promise.resolve(null);
  const request = { headers: { authorization: `Bearer ${token}` } };
  return new Promise((resolve) => {
    passport.authenticate('jwt', { session: false }, (error: unknown, actor: Actor | false) => {
      resolve(error || !actor ? null : actor);
    })(request, {}, () => resolve(null));
  });
}
