import { refreshWithCookie } from './session-cookie';
import { SIGNED_IN_KEY, TokenStore } from './token-store';

/** The one session of this tab. */
export const tokenStore = new TokenStore(refreshWithCookie);

// Signed out in another tab: follow.
window.addEventListener('storage', (event) => {
  if (event.key === SIGNED_IN_KEY && event.newValue === null) tokenStore.forget();
});
