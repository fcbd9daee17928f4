import type { Socket } from 'socket.io-client';
import type { ClientEventName, ClientEventPayload, ErrorCode } from '@tripart/contracts';

export type EmitFailure = ErrorCode | 'TIMEOUT' | 'OFFLINE';
export type EmitResult = { ok: true; seq: number | null } | { ok: false; code: EmitFailure };

const KNOWN: ReadonlySet<string> = new Set([
  'BAD_USER_INPUT',
  'UNAUTHENTICATED',
  'FORBIDDEN',
  'NOT_FOUND',
  'RATE_LIMITED',
  'CONFLICT',
  'QUERY_TOO_COMPLEX',
  'INTERNAL_SERVER_ERROR',
]);

/** Sends one live-room event and waits for its acknowledgement; never throws. */
export function emitWithAck<E extends ClientEventName>(
  socket: Socket | null,
  event: E,
  payload: ClientEventPayload<E>,
  timeoutMs = 8_000,
): Promise<EmitResult> {
  if (!socket || !socket.connected) return Promise.resolve({ ok: false, code: 'OFFLINE' });
  return new Promise((resolve) => {
    socket.timeout(timeoutMs).emit(event, payload, (error: Error | null, ack: unknown) => {
      if (error) return resolve({ ok: false, code: 'TIMEOUT' });
      const reply = ack as { ok?: boolean; seq?: number; error?: { code?: string } } | undefined;
      if (reply?.ok) return resolve({ ok: true, seq: typeof reply.seq === 'number' ? reply.seq : null });
      const code = reply?.error?.code;
      resolve({ ok: false, code: code && KNOWN.has(code) ? (code as ErrorCode) : 'INTERNAL_SERVER_ERROR' });
    });
  });
}
