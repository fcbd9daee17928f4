import { TokenStore } from './token-store';
import { exchangeRefreshToken } from './refresh-exchange';
import { REFRESH_TOKEN_KEY } from './token-store';

/** The one session of this tab. */
export const tokenStore = new TokenStore(exchangeRefreshToken);

// Signed out in another tab: follow.
window.addEventListener('storage', (event) => {
  if (event.key === REFRESH_TOKEN_KEY && event.newValue === null) tokenStore.forget();
});
