import { ApolloClient, ApolloLink, HttpLink, InMemoryCache, Observable, type FetchResult } from '@apollo/client';
import { setContext } from '@apollo/client/link/context';
import { onError } from '@apollo/client/link/error';
import type { TokenStore } from '../../features/auth/token-store';
import { retryUnavailableLink } from './retry-unavailable.link';

/** Operations that run without a session; an UNAUTHENTICATED answer there is final. */
const PUBLIC_OPERATIONS = new Set(['SignIn', 'RefreshAccessToken', 'SignOut', 'InvitationPreview', 'AcceptInvitation']);

function authLink(tokens: TokenStore): ApolloLink {
  return setContext(async (operation, { headers }) => {
    const token = PUBLIC_OPERATIONS.has(operation.operationName ?? '')
      ? null
      : await tokens.freshAccessToken().catch(() => tokens.accessToken);
    return { headers: { ...headers, ...(token ? { authorization: `Bearer ${token}` } : {}) } };
  });
}

/** An expired access token: refresh once (single-flight), then replay the operation. */
function retryOnUnauthenticated(tokens: TokenStore): ApolloLink {
  return onError(({ graphQLErrors, operation, forward, response }) => {
    const unauthenticated = graphQLErrors?.some((error) => error.extensions?.['code'] === 'UNAUTHENTICATED');
    if (!unauthenticated || PUBLIC_OPERATIONS.has(operation.operationName) || operation.getContext()['retried']) {
      return undefined;
    }
    return new Observable<FetchResult>((observer) => {
      let subscription: { unsubscribe(): void } | undefined;
      tokens
        .refresh()
        .then((token) => {
          if (!token) {
            observer.next(response ?? { errors: graphQLErrors });
            observer.complete();
            return;
          }
          operation.setContext({ retried: true });
          subscription = forward(operation).subscribe(observer);
        })
        .catch((error: unknown) => observer.error(error));
      return () => subscription?.unsubscribe();
    });
  });
}

export function createApolloClient(tokens: TokenStore): ApolloClient<unknown> {
  return new ApolloClient({
    link: ApolloLink.from([
      retryOnUnauthenticated(tokens),
      retryUnavailableLink(),
      authLink(tokens),
      new HttpLink({ uri: '/graphql', headers: { 'content-type': 'application/json' } }),
    ]),
    cache: new InMemoryCache({
      typePolicies: {
        Country: { keyFields: ['code'] },
        Convention: { keyFields: ['code'] },
        Dossier: {
          fields: {
            drafts: { merge: false },
            delegations: { merge: false },
            participants: { merge: false },
            conventions: { merge: false },
            coverage: { merge: false },
          },
        },
        // My standing, asked for in part by several pages (the dossier, the live room): their fields add up.
        DossierStandingView: { merge: true },
        Delegation: { fields: { members: { merge: false } } },
        Draft: { fields: { provisions: { merge: false } } },
        Provision: { fields: { comments: { merge: false }, conventionLinks: { merge: false }, diff: { merge: false } } },
        Comment: { fields: { replies: { merge: false }, mentions: { merge: false } } },
        Mention: { keyFields: ['commentId'] },
        Query: {
          fields: {
            invitations: { merge: false },
            users: { merge: false },
            organizations: { merge: false },
            dossiers: { merge: false },
            myMentions: { merge: false },
          },
        },
      },
    }),
    defaultOptions: {
      watchQuery: { errorPolicy: 'none' },
    },
  });
}
