import { useCallback, useEffect, useMemo, useRef, useSyncExternalStore, type ReactNode } from 'react';
import { useApolloClient, useQuery } from '@apollo/client';
import { useTranslation } from 'react-i18next';
import { isLocale } from '@tripart/contracts';
import { MeDocument, type AuthTokensFragment } from '../../gql/graphql';
import { rememberLocale } from '../i18n/detect-locale';
import { SessionContext, type SessionContextValue } from './session.context';
import { signOutWithCookie } from './session-cookie';
import type { TokenStore } from './token-store';

const SIGN_OUT_WAIT_MS = 3_000;

export function SessionProvider({ tokens, children }: { tokens: TokenStore; children: ReactNode }) {
  const client = useApolloClient();
  const { i18n } = useTranslation();
  const { status } = useSyncExternalStore(tokens.subscribe, tokens.getSnapshot);

  useEffect(() => {
    // A sign-in from an earlier visit: exchange its cookie on load (trying again while the server cannot answer).
    if (tokens.getSnapshot().status === 'restoring') void tokens.restore();
  }, [tokens]);

  // Signed out behind our back (refresh refused, other tab): forget what the last person saw.
  const previousStatus = useRef(status);
  useEffect(() => {
    if (previousStatus.current === 'signedIn' && status === 'signedOut') void client.clearStore();
    previousStatus.current = status;
  }, [status, client]);

  const { data, previousData, error } = useQuery(MeDocument, {
    variables: { locale: i18n.language },
    skip: status !== 'signedIn',
  });
  const me = status === 'signedIn' ? (data?.me ?? previousData?.me ?? null) : null;

  // Once signed in, the interface follows the person's saved language.
  useEffect(() => {
    if (me?.locale && isLocale(me.locale) && me.locale !== i18n.language) {
      rememberLocale(me.locale);
      void i18n.changeLanguage(me.locale);
    }
    // eslint-disable-next-line react-hooks/exhaustive-deps -- only when the saved locale changes
  }, [me?.locale]);

  const signIn = useCallback(
    (payload: AuthTokensFragment) => {
      tokens.accept(payload);
    },
    [tokens],
  );

  const signOut = useCallback(async () => {
    // Ends the sign-in on the server (tokens, live connections) and clears the cookie; gone locally whatever the answer.
    const revoke = signOutWithCookie().catch(() => undefined);
    await Promise.race([revoke, new Promise((resolve) => setTimeout(resolve, SIGN_OUT_WAIT_MS))]);
    tokens.clear();
    await client.clearStore();
  }, [client, tokens]);

  const value = useMemo<SessionContextValue>(
    () => ({ status, me, meError: !!error && !me, tokens, signIn, signOut }),
    [status, me, error, tokens, signIn, signOut],
  );

  return <SessionContext.Provider value={value}>{children}</SessionContext.Provider>;
}
