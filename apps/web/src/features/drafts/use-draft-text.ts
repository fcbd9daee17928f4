import { useCallback, useEffect, useState } from 'react';
import { useApolloClient, type ApolloClient, type ApolloError } from '@apollo/client';
import { DraftTextDocument, type DraftTextQuery } from '../../gql/graphql';

/** Texts asked for ahead (the dossier page, before the tab draws), each handed to the first reader that wants it soon after. */
const ahead = new Map<string, { reading: Promise<DraftTextQuery>; at: number }>();
/** Older than this, a text read ahead is not shown: it is asked for again. */
const AHEAD_FOR_MS = 20_000;
/** Texts on their way, whoever asked: the dossier page does not ask again for a text the reader already asks for. */
const inFlight = new Map<string, Promise<DraftTextQuery>>();

/**
 * A draft's text read past the cache: normalising a constitution's 1,270 provisions into it cost
 * ~400 ms before the first line showed (docs/benchmarks.md), and nothing else reads them there.
 */
function readDraftText(client: ApolloClient<unknown>, id: string): Promise<DraftTextQuery> {
  const reading = client.query({ query: DraftTextDocument, variables: { id }, fetchPolicy: 'no-cache' }).then((result) => result.data);
  inFlight.set(id, reading);
  const settled = () => {
    if (inFlight.get(id) === reading) inFlight.delete(id);
  };
  reading.then(settled, settled);
  return reading;
}

/** Starts reading a draft's text now, for the reader that will open it. */
export function readDraftTextAhead(client: ApolloClient<unknown>, id: string): void {
  if (inFlight.has(id)) return;
  const reading = readDraftText(client, id);
  ahead.set(id, { reading, at: Date.now() });
  reading.catch(() => ahead.delete(id));
}

/** The reader's text of a draft: the one read ahead if there is one, else asked for; `refetch` always asks again. */
export function useDraftText(id: string): { data?: DraftTextQuery; error?: ApolloError; refetch(): Promise<unknown> } {
  const client = useApolloClient();
  const [state, setState] = useState<{ id: string; data?: DraftTextQuery; error?: ApolloError }>({ id });
  const load = useCallback(
    (reading: Promise<DraftTextQuery>) =>
      reading.then(
        (data) => setState({ id, data }),
        (error: ApolloError) => {
          setState((current) => ({ ...current, id, error }));
          throw error;
        },
      ),
    [id],
  );
  useEffect(() => {
    const readAhead = ahead.get(id);
    ahead.delete(id);
    const fresh = readAhead && Date.now() - readAhead.at < AHEAD_FOR_MS ? readAhead.reading : inFlight.get(id) ?? readDraftText(client, id);
    void load(fresh).catch(() => undefined);
  }, [client, id, load]);
  const refetch = useCallback(() => load(readDraftText(client, id)), [client, id, load]);
  const current = state.id === id ? state : { id };
  return { data: current.data, error: current.error, refetch };
}
