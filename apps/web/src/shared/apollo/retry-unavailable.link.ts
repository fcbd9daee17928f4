import { ApolloLink, Observable, type FetchResult, type Operation } from '@apollo/client';
import { getMainDefinition } from '@apollo/client/utilities';
import { RetryLink } from '@apollo/client/link/retry';
import { serviceAvailability } from './service-availability';

/** Tried again for about two minutes (backoff up to 8 s), then the error is the page's to show. */
const MAX_ATTEMPTS = 20;

/** A 503 (the API could not reach its database: nothing was written) or a request that never reached the server. */
export function isRetryableOutage(error: unknown): boolean {
  const status = (error as { statusCode?: unknown } | null)?.statusCode;
  if (status === 503) return true;
  return error instanceof TypeError; // fetch's "Failed to fetch": the server is restarting or the network blinked
}

/**
 * May this operation be sent again without risk of writing twice? Reads,
 * and writes that carry a client-made id (the server writes those once).
 * Any other write may have been committed before the answer was lost.
 */
export function isSafeToRepeat(operation: Operation): boolean {
  const definition = getMainDefinition(operation.query);
  if (definition.kind !== 'OperationDefinition' || definition.operation !== 'mutation') return true;
  const input = (operation.variables as { input?: { clientId?: unknown } } | undefined)?.input;
  return typeof input?.clientId === 'string' && input.clientId.length > 0;
}

/**
 * Retries a read (or a write with a client id) that the server could not
 * serve because of an outage, and tells the frame: Reconnecting… until one
 * is served. Other writes fail at once with the outage's code, for the page
 * to say and the person to try again.
 */
export function retryUnavailableLink(): ApolloLink {
  const retry = new RetryLink({
    delay: { initial: 500, max: 8_000, jitter: true },
    attempts: (count, operation, error) => {
      if (!isRetryableOutage(error)) return false;
      serviceAvailability.markUnavailable();
      return isSafeToRepeat(operation) && count < MAX_ATTEMPTS;
    },
  });
  const markServed = new ApolloLink(
    (operation, forward) =>
      new Observable<FetchResult>((observer) => {
        const subscription = forward(operation).subscribe({
          next: (result) => {
            serviceAvailability.markAvailable();
            observer.next(result);
          },
          error: (error: unknown) => observer.error(error),
          complete: () => observer.complete(),
        });
        return () => subscription.unsubscribe();
      }),
  );
  return ApolloLink.from([retry, markServed]);
}
