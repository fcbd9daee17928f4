/** What an access token carries. The user is re-read on each request. */
export interface AccessTokenPayload {
  sub: string;
  typ: 'access';
  /** The sign-in (refresh-token family) it belongs to: signing out, or a replayed refresh token, ends it at once. */
  sid: string;
  /** Expiry, seconds since the epoch (set by the signer). */
  exp?: number;
}
