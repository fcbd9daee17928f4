import type { SessionTokens } from './token-store';

/**
 * The refresh token lives in an HttpOnly cookie (Path=/api/auth) that no
 * script can read: the browser sends it to these two routes only.
 */

/** A fresh access token from the cookie (rotating it); null when the sign-in has ended. Throws when the server could not answer. */
export async function refreshWithCookie(): Promise<SessionTokens | null> {
  const response = await fetch('/api/auth/refresh', { method: 'POST', credentials: 'same-origin', headers: { accept: 'application/json' } });
  if (response.status === 401 || response.status === 403) return null;
  if (!response.ok) throw new Error(`refresh failed with HTTP ${response.status}`);
  const body = (await response.json().catch(() => null)) as SessionTokens | null;
  if (!body?.accessToken) throw new Error('refresh answered no token');
  return { accessToken: body.accessToken, accessTokenExpiresAt: body.accessTokenExpiresAt };
}

/** Ends the sign-in on the server (its tokens and live connections) and clears the cookie. */
export async function signOutWithCookie(): Promise<void> {
  await fetch('/api/auth/sign-out', { method: 'POST', credentials: 'same-origin' });
}
