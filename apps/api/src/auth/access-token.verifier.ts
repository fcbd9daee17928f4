import { createSecretKey, type KeyObject } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import { JwtService } from '@nestjs/jwt';
import type { Actor } from '../access/actor';
import { isUuid } from '../common/ids';
import { RecentlyUsed } from '../common/recently-used';
import { isDatabaseUnavailable, serviceUnavailable } from '../common/service-unavailable';
import { APP_CONFIG, type AppConfig } from '../config/app-config';
import type { AccessTokenPayload } from './access-token';
import { ActorLoader } from './actor.loader';

/** A verified access token: who, until when (ms since the epoch), and which sign-in it belongs to. */
export interface AuthenticatedToken {
  actor: Actor;
  expiresAt: number;
  sessionId: string;
}

const MAX_TOKEN_LENGTH = 4096;
/** Tokens whose signature was checked, kept with their claims (a browser sends the same token for up to 15 minutes). */
const CHECKED_TOKENS = 1000;

/**
 * The one check of a bearer access token, for GraphQL and HTTP (AccessGuard),
 * the Socket.IO handshake and Yjs connections alike: this app's secret, an
 * unexpired HS256 signature, an access token of an enabled user whose
 * sign-in has not ended. Injected, not looked up in a process-wide registry,
 * so that each app instance checks against its own secret and database.
 */
@Injectable()
export class AccessTokenVerifier {
  // A key object made once: given the string, jsonwebtoken first tries (and fails) to read a public key from it on every call.
  private readonly key: KeyObject;
  // The signature is checked once per token (an HMAC and two JSON parses each time, ~0.2 ms a request); expiry and the account at every use.
  private readonly checked = new RecentlyUsed<AccessTokenPayload & { sid: string; exp: number }>(CHECKED_TOKENS);

  constructor(
    @Inject(APP_CONFIG) config: AppConfig,
    private readonly jwt: JwtService,
    private readonly actors: ActorLoader,
  ) {
    this.key = createSecretKey(Buffer.from(config.jwtSecret!));
  }

  /** Null when the token is not (or no longer) good; throws SERVICE_UNAVAILABLE when the database cannot say. */
  async verify(token: unknown): Promise<AuthenticatedToken | null> {
    if (typeof token !== 'string' || token.length === 0 || token.length > MAX_TOKEN_LENGTH) return null;
    const claims = this.claimsOf(token);
    if (!claims) return null;
    const actor = await this.actors.load(claims.sub, claims.sid).catch((error: unknown) => {
      // The database is away: not a refusal (the client is to try again), so not null.
      if (isDatabaseUnavailable(error)) throw serviceUnavailable();
      return null;
    });
    return actor ? { actor, expiresAt: (claims.exp ?? 0) * 1000, sessionId: claims.sid } : null;
  }

  private claimsOf(token: string): (AccessTokenPayload & { sid: string }) | null {
    const known = this.checked.get(token);
    // Expired as jsonwebtoken decides it: from the current second on.
    if (known) return Math.floor(Date.now() / 1000) < known.exp ? known : null;
    try {
      const claims = this.jwt.verify<AccessTokenPayload>(token, { secret: this.key as unknown as string, algorithms: ['HS256'] });
      const valid = claims.typ === 'access' && typeof claims.sub === 'string' && typeof claims.sid === 'string' && isUuid(claims.sid);
      if (!valid) return null;
      if (typeof claims.exp === 'number' && !('nbf' in claims)) this.checked.set(token, claims as AccessTokenPayload & { sid: string; exp: number });
      return claims;
    } catch {
      return null; // forged, expired, or not a JWT at all
    }
  }
}

/** The token of an `Authorization: Bearer <token>` header, as passport-jwt read it. */
export function bearerToken(header: unknown): string | null {
  const match = typeof header === 'string' ? /^\s*(\S+)\s+(\S+)/.exec(header) : null;
  return match && match[1].toLowerCase() === 'bearer' ? match[2] : null;
}
