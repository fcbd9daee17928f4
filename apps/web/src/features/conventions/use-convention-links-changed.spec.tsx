import { ApolloClient, gql, InMemoryCache } from '@apollo/client';
import { MockLink } from '@apollo/client/testing';
import { act, render } from '@testing-library/react';
import type { ReactNode } from 'react';
import { RealtimeContext, type TripartSocket } from '../realtime/realtime.context';
import { ProvisionConventionLinksDocument } from '../../gql/graphql';
import { LINKS_CHANGED_SETTLE_MS, refetchConventionLinks, useConventionLinksChanged, type ConventionLinksChanged } from './use-convention-links-changed';

/** Just enough of a Socket.IO client: listeners by event, and a way to play a server event. */
function fakeSocket() {
  const listeners = new Map<string, Set<(payload: unknown) => void>>();
  const socket = {
    on: (event: string, listener: (payload: unknown) => void) => listeners.set(event, (listeners.get(event) ?? new Set()).add(listener)),
    off: (event: string, listener: (payload: unknown) => void) => listeners.get(event)?.delete(listener),
  };
  const emit = (payload: ConventionLinksChanged) => listeners.get('convention-links:changed')?.forEach((listener) => listener(payload));
  return { socket: socket as unknown as TripartSocket, emit, listening: () => listeners.get('convention-links:changed')?.size ?? 0 };
}

function Probe({ dossierId, onChanged }: { dossierId: string; onChanged(ids: ReadonlySet<string>): void }) {
  useConventionLinksChanged(dossierId, onChanged);
  return null;
}

describe('live convention link changes', () => {
  beforeEach(() => jest.useFakeTimers());
  afterEach(() => jest.useRealTimers());

  function setUp() {
    const fake = fakeSocket();
    const onChanged = jest.fn();
    const wrap = (node: ReactNode) => <RealtimeContext.Provider value={fake.socket}>{node}</RealtimeContext.Provider>;
    const view = render(wrap(<Probe dossierId="d1" onChanged={onChanged} />));
    return { ...fake, onChanged, unmount: view.unmount };
  }

  it('answers a burst of changes in the dossier once, with every provision they touched', () => {
    const { emit, onChanged } = setUp();
    act(() => {
      emit({ dossierId: 'd1', provisionId: 'p1', change: 'linked' });
      emit({ dossierId: 'd1', provisionId: 'p2', change: 'updated' });
      emit({ dossierId: 'd1', provisionId: 'p1', change: 'unlinked' });
    });
    expect(onChanged).not.toHaveBeenCalled();
    act(() => void jest.advanceTimersByTime(LINKS_CHANGED_SETTLE_MS));
    expect(onChanged).toHaveBeenCalledTimes(1);
    expect([...onChanged.mock.calls[0][0]]).toEqual(['p1', 'p2']);
  });

  it('ignores other dossiers, and stops listening when the page closes', () => {
    const { emit, onChanged, unmount, listening } = setUp();
    act(() => {
      emit({ dossierId: 'd2', provisionId: 'p9', change: 'linked' });
      jest.advanceTimersByTime(LINKS_CHANGED_SETTLE_MS);
    });
    expect(onChanged).not.toHaveBeenCalled();
    expect(listening()).toBe(1);
    unmount();
    expect(listening()).toBe(0);
  });
});

describe('refetching the links a change names', () => {
  const LINKS = gql`
    fragment ReaderLinks on Provision {
      id
      conventionLinks {
        id
        provisionId
        conventionCode
        article
        gapNote
        needsReview
      }
    }
  `;
  const link = { __typename: 'ConventionLink', id: 'l1', provisionId: 'p1', conventionCode: 'C087', article: '3', gapNote: 'Federations are missing.', needsReview: true };

  it("puts the provision's new links where the reader reads them", async () => {
    const mock = { request: { query: ProvisionConventionLinksDocument, variables: { ids: ['p1'] } }, result: { data: { provisions: [{ __typename: 'Provision', id: 'p1', conventionLinks: [link] }] } } };
    const cache = new InMemoryCache({ typePolicies: { Provision: { fields: { conventionLinks: { merge: false } } } } });
    cache.writeFragment({ id: 'Provision:p1', fragment: LINKS, data: { __typename: 'Provision', id: 'p1', conventionLinks: [] } });
    const client = new ApolloClient({ cache, link: new MockLink([mock]) });
    await refetchConventionLinks(client, ['p1']);
    expect(cache.readFragment<{ conventionLinks: unknown[] }>({ id: 'Provision:p1', fragment: LINKS })?.conventionLinks).toEqual([link]);
  });

  it('asks for at most a hundred provisions at a time, as the API allows', async () => {
    const query = jest.fn().mockResolvedValue({ data: { provisions: [] } });
    const ids = Array.from({ length: 130 }, (_, index) => `p${index}`);
    await refetchConventionLinks({ query } as unknown as ApolloClient<unknown>, ids);
    expect(query.mock.calls.map(([options]) => options.variables.ids.length)).toEqual([100, 30]);
  });
});
