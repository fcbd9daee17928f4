import { print } from 'graphql';
import { RefreshAccessTokenDocument, type AuthTokensFragment } from '../../gql/graphql';

const REFRESH_QUERY = print(RefreshAccessTokenDocument);

/**
 * Calls `refreshAccessToken` outside Apollo, so a refresh never goes through
 * the links that themselves wait for a refresh.
 */
export async function exchangeRefreshToken(refreshToken: string): Promise<AuthTokensFragment | null> {
  const response = await fetch('/graphql', {
    method: 'POST',
    headers: { 'content-type': 'application/json', accept: 'application/json' },
    body: JSON.stringify({
      operationName: 'RefreshAccessToken',
      query: REFRESH_QUERY,
      variables: { refreshToken },
    }),
  });
  if (response.status >= 500) throw new Error(`refresh failed with HTTP ${response.status}`);
  const body = (await response.json().catch(() => null)) as {
    data?: { refreshAccessToken?: AuthTokensFragment | null } | null;
    errors?: { extensions?: { code?: string } }[];
  } | null;
  const tokens = body?.data?.refreshAccessToken;
  if (tokens) return tokens;
  const code = body?.errors?.[0]?.extensions?.code;
  if (code === 'RATE_LIMITED' || code === 'INTERNAL_SERVER_ERROR') throw new Error(`refresh failed: ${code}`);
  return null;
}
