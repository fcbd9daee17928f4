import { useEffect, useRef } from 'react';
import { useApolloClient } from '@apollo/client';
import { ProvisionThreadsDocument } from '../../gql/graphql';
import { useSocketEvent } from '../realtime/use-socket-event';

/** Live events within this window are fetched together; a steady stream waits no longer than MAX_WAIT_MS. */
const BATCH_MS = 250;
const MAX_WAIT_MS = 1000;

/**
 * Keeps the reader's threads live: a comment event names its provision, and
 * only the provisions named in the last moment are fetched again — the cache
 * updates them in place. A long draft is never reloaded whole for one comment
 * (unless that small fetch fails: then `onFallback`). With `concerns`, events
 * on other provisions are left alone (the live room shows one provision's
 * threads: it fetches nothing for comments written elsewhere in the draft).
 */
export function useLiveThreads(dossierId: string, onFallback: () => void, concerns?: (provisionId: string) => boolean): void {
  const client = useApolloClient();
  const pending = useRef(new Set<string>());
  const timer = useRef<number | undefined>(undefined);
  const firstAt = useRef<number | null>(null);
  const fallback = useRef(onFallback);
  fallback.current = onFallback;
  const wanted = useRef(concerns);
  wanted.current = concerns;

  useEffect(() => () => window.clearTimeout(timer.current), []);

  useSocketEvent('comment:changed', (event) => {
    if (event.dossierId !== dossierId) return;
    if (wanted.current && !wanted.current(event.provisionId)) return;
    pending.current.add(event.provisionId);
    window.clearTimeout(timer.current);
    firstAt.current ??= Date.now();
    const waited = Date.now() - firstAt.current;
    timer.current = window.setTimeout(() => {
      const ids = [...pending.current];
      pending.current.clear();
      firstAt.current = null;
      client
        .query({ query: ProvisionThreadsDocument, variables: { ids }, fetchPolicy: 'network-only' })
        .catch(() => fallback.current());
    }, Math.max(0, Math.min(BATCH_MS, MAX_WAIT_MS - waited)));
  });
}
