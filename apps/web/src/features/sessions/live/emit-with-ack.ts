import { ERROR_CODES, type ClientEventName, type ClientEventPayload, type ErrorCode } from '@tripart/contracts';
import type { TripartSocket } from '../../realtime/realtime.context';

export type EmitFailure = ErrorCode | 'TIMEOUT' | 'OFFLINE';
export type EmitResult = { ok: true; seq: number | null } | { ok: false; code: EmitFailure };

const KNOWN: ReadonlySet<string> = new Set(ERROR_CODES);
/** While the API cannot reach its database, an event is sent again (same payload, same clientId: it is written once). */
const OUTAGE_RETRIES = 5;
const OUTAGE_RETRY_MS = 1_500;

/** Sends one live-room event and waits for its acknowledgement; never throws. */
export async function emitWithAck<E extends ClientEventName>(
  socket: TripartSocket | null,
  event: E,
  payload: ClientEventPayload<E>,
  timeoutMs = 8_000,
): Promise<EmitResult> {
  for (let attempt = 0; ; attempt++) {
    const result = await emitOnce(socket, event, payload, timeoutMs);
    if (result.ok || result.code !== 'SERVICE_UNAVAILABLE' || attempt >= OUTAGE_RETRIES) return result;
    await new Promise((resolve) => setTimeout(resolve, OUTAGE_RETRY_MS * (attempt + 1)));
  }
}

function emitOnce<E extends ClientEventName>(socket: TripartSocket | null, event: E, payload: ClientEventPayload<E>, timeoutMs: number): Promise<EmitResult> {
  if (!socket || !socket.connected) return Promise.resolve({ ok: false, code: 'OFFLINE' });
  return new Promise((resolve) => {
    // Socket.IO's overloads cannot follow a generic event name: the signature above types event and payload.
    const timed = socket.timeout(timeoutMs) as unknown as { emit(event: E, payload: ClientEventPayload<E>, ack: (error: Error | null, ack: unknown) => void): void };
    timed.emit(event, payload, (error, ack) => {
      if (error) return resolve({ ok: false, code: 'TIMEOUT' });
      const reply = ack as { ok?: boolean; seq?: number; error?: { code?: string } } | undefined;
      if (reply?.ok) return resolve({ ok: true, seq: typeof reply.seq === 'number' ? reply.seq : null });
      const code = reply?.error?.code;
      resolve({ ok: false, code: code && KNOWN.has(code) ? (code as ErrorCode) : 'INTERNAL_SERVER_ERROR' });
    });
  });
}
