import { useEffect, useMemo, type ReactNode } from 'react';
import { ApolloProvider } from '@apollo/client';
import { DirectionProvider, MantineProvider, useDirection } from '@mantine/core';
import { I18nextProvider, useTranslation } from 'react-i18next';
import type { i18n as I18n } from 'i18next';
import { createApolloClient } from '../shared/apollo/apollo-client';
import { SessionProvider } from '../features/auth/session.provider';
import type { TokenStore } from '../features/auth/token-store';
import { cssVariablesResolver, theme } from './theme';

/** Mantine's layout direction follows the UI language (ready for right-to-left ones). */
function DirectionSync() {
  const { i18n } = useTranslation();
  const { setDirection } = useDirection();
  useEffect(() => setDirection(i18n.dir(i18n.language)), [i18n, i18n.language, setDirection]);
  return null;
}

export function AppProviders({ i18n, tokens, children }: { i18n: I18n; tokens: TokenStore; children: ReactNode }) {
  const client = useMemo(() => createApolloClient(tokens), [tokens]);
  return (
    <I18nextProvider i18n={i18n}>
      <DirectionProvider initialDirection={i18n.dir(i18n.language)} detectDirection={false}>
        <DirectionSync />
        <MantineProvider theme={theme} defaultColorScheme="light" cssVariablesResolver={cssVariablesResolver}>
          <ApolloProvider client={client}>
            <SessionProvider tokens={tokens}>{children}</SessionProvider>
          </ApolloProvider>
        </MantineProvider>
      </DirectionProvider>
    </I18nextProvider>
  );
}
