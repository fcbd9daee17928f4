import type { ApolloServerPlugin } from '@apollo/server';
import { RETRY_AFTER_SECONDS } from '../common/service-unavailable';

/**
 * The HTTP status of an answer whose operation ran: 200 — what GraphQL
 * clients expect with `{ data, errors }` (Nest's own plugin for this, which
 * `preserveHttpStatusForExecutionErrors: false` turns off, does only that) —
 * except when the database was away: then 503 with Retry-After, as a plain
 * HTTP route answers, so that proxies, load balancers and clients see a
 * retryable outage, not a success. (The code and message come from formatError.)
 */
export function executionStatusPlugin(): ApolloServerPlugin {
  return {
    async requestDidStart() {
      return {
        async willSendResponse({ response }) {
          if (response.body.kind !== 'single' || !('data' in response.body.singleResult)) return;
          const unavailable = (response.body.singleResult.errors ?? []).some((error) => error.extensions?.code === 'SERVICE_UNAVAILABLE');
          response.http.status = unavailable ? 503 : 200;
          if (unavailable) response.http.headers.set('retry-after', String(RETRY_AFTER_SECONDS));
        },
      };
    },
  };
}
