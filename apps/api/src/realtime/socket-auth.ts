import passport from 'passport';
import { isDatabaseUnavailable, serviceUnavailable } from '../common/service-unavailable';
import type { Actor } from '../access/actor';
import type { AccessTokenPayload } from '../auth/access-token';

/** A verified access token: who, until when (ms since the epoch), and which sign-in it belongs to. */
export interface AuthenticatedToken {
  actor: Actor;
  expiresAt: number;
  sessionId: string;
}

/**
 * Authenticates a Socket.IO handshake (or a Yjs connection) with the same
 * passport JWT strategy as GraphQL: the token travels in `auth.token`
 * (browsers cannot set headers on WebSockets) and is presented to the
 * strategy as a bearer header.
 */
/** Null when the token is not (or no longer) good; throws SERVICE_UNAVAILABLE when the database cannot say. */
export async function authenticateHandshake(token: unknown): Promise<AuthenticatedToken | null> {
  if (typeof token !== 'string' || token.length === 0 || token.length > 4096) return null;
  const request = { headers: { authorization: `Bearer ${token}` } };
  const actor = await new Promise<Actor | null>((resolve, reject) => {
    passport.authenticate('jwt', { session: false }, (error: unknown, found: Actor | false) => {
      // The database is away: not a refusal (the client is to try again), so not null.
      if (isDatabaseUnavailable(error)) return reject(serviceUnavailable());
      resolve(error || !found ? null : found);
    })(request, {}, () => resolve(null));
  });
  if (!actor) return null;
  // The strategy has checked the signature and the expiry: the claims can be read as they are.
  const claims = JSON.parse(Buffer.from(token.split('.')[1], 'base64url').toString('utf8')) as AccessTokenPayload;
  return { actor, expiresAt: (claims.exp ?? 0) * 1000, sessionId: claims.sid };
}
