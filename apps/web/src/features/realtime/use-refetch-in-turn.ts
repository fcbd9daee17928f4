import { useCallback, useRef } from 'react';

/**
 * One refetch at a time, and one more after it when a change came meanwhile: a request in flight
 * would otherwise answer for the later change too (identical queries share one request), from before it.
 */
export function useRefetchInTurn(refetch: () => Promise<unknown>): () => Promise<void> {
  const state = useRef({ running: false, again: false });
  const latest = useRef(refetch);
  latest.current = refetch;
  return useCallback(async () => {
    const turn = state.current;
    if (turn.running) return void (turn.again = true);
    turn.running = true;
    try {
      do {
        turn.again = false;
        await latest.current().catch(() => undefined);
      } while (turn.again);
    } finally {
      turn.running = false;
    }
  }, []);
}
