import { useCallback, useState } from 'react';
import type { ClientEventName, ClientEventPayload } from '@tripart/contracts';
import type { EmitFailure, EmitResult } from './emit-with-ack';

type Emit = <E extends ClientEventName>(event: E, payload: ClientEventPayload<E>) => Promise<EmitResult>;

/** One control's pending state and its last refusal, by error code. */
export function useLiveAction(emit: Emit) {
  const [pending, setPending] = useState<string | null>(null);
  const [failure, setFailure] = useState<{ action: string; code: EmitFailure } | null>(null);
  const run = useCallback(
    async <E extends ClientEventName>(action: string, event: E, payload: ClientEventPayload<E>): Promise<EmitResult> => {
      setPending(action);
      setFailure(null);
      const result = await emit(event, payload);
      setPending(null);
      if (!result.ok) setFailure({ action, code: result.code });
      return result;
    },
    [emit],
  );
  const clear = useCallback(() => setFailure(null), []);
  return { pending, failure, run, clear };
}
