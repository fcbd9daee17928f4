import type { AuthTokensFragment } from '../../gql/graphql';
import { serviceAvailability } from '../../shared/apollo/service-availability';

/** Only a hint that this browser has a sign-in (the refresh token itself is an HttpOnly cookie): spares signed-out visitors a refresh call. */
export const SIGNED_IN_KEY = 'tripart.signedIn';
/** Where earlier versions kept the refresh token itself: removed on sight. */
const LEGACY_REFRESH_TOKEN_KEY = 'tripart.refreshToken';
/** Refresh this long before the access token expires. */
const REFRESH_MARGIN_MS = 60_000;
const MIN_REFRESH_DELAY_MS = 5_000;
const MAX_TIMER_MS = 2 ** 31 - 1;
/** Restoring a sign-in while the server cannot answer: tried again after 1 s, doubling up to 10 s. */
const RESTORE_RETRY_MS = 1_000;
const RESTORE_RETRY_MAX_MS = 10_000;

export type SessionStatus = 'restoring' | 'signedIn' | 'signedOut';

export interface SessionSnapshot {
  status: SessionStatus;
  accessToken: string | null;
}

export type SessionTokens = Pick<AuthTokensFragment, 'accessToken' | 'accessTokenExpiresAt'>;

/** Exchanges the refresh cookie for a new access token (rotating the cookie); resolves null when the server rejects it. */
export type RefreshExchange = () => Promise<SessionTokens | null>;

interface LockManagerLike {
  request<T>(name: string, callback: () => Promise<T>): Promise<T>;
}

/**
 * The session's tokens: the access token only in memory, the refresh token in
 * an HttpOnly cookie out of reach of scripts (localStorage keeps only a
 * "signed in" hint). Refresh tokens rotate and reusing an old one revokes the
 * whole family, so every refresh goes through one in-flight promise, and
 * across tabs through a Web Lock, inside which the browser sends the latest cookie.
 */
export class TokenStore {
  private snapshot: SessionSnapshot;
  private expiresAt = 0;
  private inFlight: Promise<string | null> | null = null;
  private timer: ReturnType<typeof setTimeout> | null = null;
  private readonly listeners = new Set<() => void>();

  constructor(
    private readonly exchange: RefreshExchange,
    private readonly storage: Storage = window.localStorage,
    private readonly locks: LockManagerLike | undefined = (navigator as { locks?: LockManagerLike }).locks,
  ) {
    this.removeLegacyToken();
    this.snapshot = { status: this.hasSignIn() ? 'restoring' : 'signedOut', accessToken: null };
  }

  subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  getSnapshot = (): SessionSnapshot => this.snapshot;

  get accessToken(): string | null {
    return this.snapshot.accessToken;
  }

  /** Keep a freshly issued access token (sign-in, invitation, refresh); its refresh token came as a cookie and is not kept here. */
  accept(tokens: SessionTokens): void {
    this.storage.setItem(SIGNED_IN_KEY, '1');
    this.expiresAt = Date.parse(tokens.accessTokenExpiresAt) || Date.now() + REFRESH_MARGIN_MS * 2;
    this.set({ status: 'signedIn', accessToken: tokens.accessToken });
    this.scheduleRefresh();
  }

  clear(): void {
    this.storage.removeItem(SIGNED_IN_KEY);
    this.forget();
  }

  /** Another tab signed out: drop what we hold in memory. */
  forget(): void {
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
    this.expiresAt = 0;
    this.set({ status: 'signedOut', accessToken: null });
  }

  /** A usable access token, refreshing first if it has (nearly) expired. */
  async freshAccessToken(): Promise<string | null> {
    if (this.inFlight) return this.inFlight;
    if (this.snapshot.accessToken && Date.now() < this.expiresAt - 5_000) return this.snapshot.accessToken;
    if (!this.hasSignIn()) return this.snapshot.accessToken;
    return this.refresh();
  }

  /**
   * On load: exchange the cookie for an access token. While the server cannot
   * answer (restarting, its database away) the sign-in is not lost: it stays
   * "restoring" and is tried again until the server says yes or no.
   */
  async restore(): Promise<void> {
    for (let attempt = 0; this.snapshot.status === 'restoring'; attempt++) {
      try {
        await this.refresh();
        serviceAvailability.markAvailable();
        return;
      } catch {
        serviceAvailability.markUnavailable();
        await new Promise((resolve) => setTimeout(resolve, Math.min(RESTORE_RETRY_MAX_MS, RESTORE_RETRY_MS * 2 ** attempt)));
      }
    }
  }

  /** Single-flight refresh. Resolves the new access token, or null once signed out. Rejects on network failure. */
  refresh(): Promise<string | null> {
    if (!this.inFlight) {
      this.inFlight = this.withLock(() => this.refreshNow()).finally(() => {
        this.inFlight = null;
      });
    }
    return this.inFlight;
  }

  private async refreshNow(): Promise<string | null> {
    if (!this.hasSignIn()) {
      this.forget();
      return null;
    }
    const tokens = await this.exchange();
    if (!tokens) {
      // The cookie is every tab's: refused, the sign-in has ended for all of them.
      this.clear();
      return null;
    }
    this.accept(tokens);
    return tokens.accessToken;
  }

  private withLock<T>(task: () => Promise<T>): Promise<T> {
    return this.locks ? this.locks.request('tripart-token-refresh', task) : task();
  }

  private scheduleRefresh(): void {
    if (this.timer) clearTimeout(this.timer);
    const delay = Math.min(MAX_TIMER_MS, Math.max(MIN_REFRESH_DELAY_MS, this.expiresAt - Date.now() - REFRESH_MARGIN_MS));
    this.timer = setTimeout(() => {
      this.refresh().catch(() => this.retryLater());
    }, delay);
  }

  /** Offline when the timer fired: try again soon, the refresh token is still good. */
  private retryLater(): void {
    if (this.timer) clearTimeout(this.timer);
    this.timer = setTimeout(() => this.refresh().catch(() => this.retryLater()), 15_000);
  }

  private hasSignIn(): boolean {
    try {
      return this.storage.getItem(SIGNED_IN_KEY) !== null;
    } catch {
      return false;
    }
  }

  private removeLegacyToken(): void {
    try {
      this.storage.removeItem(LEGACY_REFRESH_TOKEN_KEY);
    } catch {
      // storage unavailable: nothing was kept there either
    }
  }

  private set(next: SessionSnapshot): void {
    if (next.status === this.snapshot.status && next.accessToken === this.snapshot.accessToken) return;
    this.snapshot = next;
    this.listeners.forEach((listener) => listener());
  }
}
