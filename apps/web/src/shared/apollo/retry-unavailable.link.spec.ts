import { ApolloLink, execute, gql, Observable, type FetchResult } from '@apollo/client';
import { isRetryableOutage, retryUnavailableLink } from './retry-unavailable.link';
import { serviceAvailability } from './service-availability';

const QUERY = gql`query Me { me { id } }`;
const SUBMIT = gql`mutation Submit($delegationId: ID!) { submitPosition(delegationId: $delegationId) { id } }`;
const COMMENT = gql`mutation Add($input: AddCommentInput!) { addComment(input: $input) { id } }`;
const outage = () => Object.assign(new Error('Response not successful: Received status code 503'), { statusCode: 503 });

/** The network, answering 503 a given number of times before it serves. */
function network(failures: number) {
  let calls = 0;
  const link = new ApolloLink(
    () =>
      new Observable<FetchResult>((observer) => {
        calls += 1;
        if (calls <= failures) return observer.error(outage());
        observer.next({ data: { me: { id: 'u1' } } });
        observer.complete();
      }),
  );
  return { link, calls: () => calls };
}

const run = (link: ApolloLink, query = QUERY, variables: Record<string, unknown> = {}) =>
  new Promise<FetchResult>((resolve, reject) => execute(link, { query, variables }).subscribe({ next: resolve, error: reject }));

describe('retrying through an outage', () => {
  beforeEach(() => jest.useFakeTimers({ advanceTimers: true }));
  afterEach(() => jest.useRealTimers());

  it('tries again after a 503 and tells the frame, until the API serves', async () => {
    const server = network(2);
    const seen: boolean[] = [];
    const unsubscribe = serviceAvailability.subscribe(() => seen.push(serviceAvailability.available));
    const result = await run(ApolloLink.from([retryUnavailableLink(), server.link]));
    unsubscribe();
    expect(result.data).toEqual({ me: { id: 'u1' } });
    expect(server.calls()).toBe(3);
    expect(seen).toEqual([false, true]);
  });

  it('does not send a write again that may have been committed (no client id)', async () => {
    const server = network(1);
    await expect(run(ApolloLink.from([retryUnavailableLink(), server.link]), SUBMIT, { delegationId: 'd1' })).rejects.toThrow('503');
    expect(server.calls()).toBe(1);
  });

  it('sends a write with a client id again (the server writes it once)', async () => {
    const server = network(1);
    await run(ApolloLink.from([retryUnavailableLink(), server.link]), COMMENT, { input: { clientId: 'c1', body: 'x' } });
    expect(server.calls()).toBe(2);
  });

  it('does not retry an answer that is not an outage', async () => {
    const failing = new ApolloLink(() => new Observable((observer) => observer.error(Object.assign(new Error('bad'), { statusCode: 400 }))));
    await expect(run(ApolloLink.from([retryUnavailableLink(), failing]))).rejects.toThrow('bad');
  });

  it('tells an outage from other failures', () => {
    expect(isRetryableOutage(outage())).toBe(true);
    expect(isRetryableOutage(new TypeError('Failed to fetch'))).toBe(true);
    expect(isRetryableOutage(Object.assign(new Error('x'), { statusCode: 500 }))).toBe(false);
  });
});
