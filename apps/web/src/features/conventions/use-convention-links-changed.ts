import { useEffect, useRef } from 'react';
import type { ApolloClient } from '@apollo/client';
import type { ServerEventPayload } from '@tripart/contracts';
import { ProvisionConventionLinksDocument } from '../../gql/graphql';
import { useSocketEvent } from '../realtime/use-socket-event';

export type ConventionLinksChanged = ServerEventPayload<'convention-links:changed'>;

/** Changes that arrive this close together are answered with one refetch. */
export const LINKS_CHANGED_SETTLE_MS = 250;

/**
 * Calls `onChanged` once a burst of link changes in this dossier has settled,
 * with the provisions they touched (the page's dossier watch joins the room).
 */
export function useConventionLinksChanged(dossierId: string, onChanged: (provisionIds: ReadonlySet<string>) => void): void {
  const pending = useRef(new Set<string>());
  const timer = useRef<number | undefined>(undefined);
  const latest = useRef(onChanged);
  latest.current = onChanged;

  useSocketEvent('convention-links:changed', (event) => {
    if (event.dossierId !== dossierId) return;
    pending.current.add(event.provisionId);
    window.clearTimeout(timer.current);
    timer.current = window.setTimeout(() => {
      const provisionIds = pending.current;
      pending.current = new Set();
      latest.current(provisionIds);
    }, LINKS_CHANGED_SETTLE_MS);
  });

  useEffect(() => () => window.clearTimeout(timer.current), []);
}

/** The API's limit per `provisions(ids)` call. */
const PROVISIONS_PER_CALL = 100;

/** Asks again for these provisions' links only; the cache puts them under every view of those provisions. */
export async function refetchConventionLinks(client: ApolloClient<unknown>, provisionIds: readonly string[]): Promise<void> {
  for (let start = 0; start < provisionIds.length; start += PROVISIONS_PER_CALL) {
    const ids = provisionIds.slice(start, start + PROVISIONS_PER_CALL);
    await client.query({ query: ProvisionConventionLinksDocument, variables: { ids }, fetchPolicy: 'network-only' }).catch(() => undefined);
  }
}
