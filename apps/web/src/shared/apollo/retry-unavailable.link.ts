import { ApolloLink, Observable, type FetchResult } from '@apollo/client';
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
 * Retries an operation the server could not serve because of an outage
 * (safe for mutations too: a SERVICE_UNAVAILABLE answer means nothing was
 * written, and writes that matter carry a clientId), and tells the frame.
 */
export function retryUnavailableLink(): ApolloLink {
  const retry = new RetryLink({
    delay: { initial: 500, max: 8_000, jitter: true },
    attempts: (count, _operation, error) => {
      if (!isRetryableOutage(error)) return false;
      serviceAvailability.markUnavailable();
      return count < MAX_ATTEMPTS;
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
