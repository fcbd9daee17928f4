import { io, type Socket } from 'socket.io-client';
import type { SessionChanged } from '@tripart/contracts';
import { settle } from '../../session-factories';

type Ack = { ok: boolean; error?: { code: string; message: string } };
const RETRYABLE = new Set(['SERVICE_UNAVAILABLE', 'RATE_LIMITED']);
/** An action not acknowledged by then fails the scenario with what was seen, rather than hanging it. */
const SEND_DEADLINE_MS = 60_000;

export interface LiveParticipant {
  socket: Socket;
  /** Sequence numbers of the session changes this client was told of, in order. */
  seqs: number[];
  /** Each reconnection: when, and whether Socket.IO recovered the session (rooms and missed events). */
  reconnections: Array<{ at: number; recovered: boolean }>;
  /** Sends until acknowledged (through drops and reconnections, same payload); a refusal other than an outage is returned. */
  send(event: string, payload: Record<string, unknown>): Promise<Ack>;
  close(): void;
}

/**
 * A participant's browser tab as the web app behaves: one socket that
 * reconnects by itself, joins the session, rejoins it after a reconnection
 * that could not be recovered, and retries each action until acknowledged.
 */
export async function joinAsParticipant(url: string, token: string, sessionId: string): Promise<LiveParticipant> {
  const socket = io(url, { auth: { token }, transports: ['websocket'], reconnectionDelay: 100, reconnectionDelayMax: 500 });
  const seqs: number[] = [];
  const reconnections: LiveParticipant['reconnections'] = [];
  socket.on('session:changed', (change: SessionChanged) => seqs.push(change.seq));
  // As the web app does: Socket.IO does not retry after the server refused a connection (an outage, a token): try again.
  socket.on('connect_error', () => setTimeout(() => !socket.connected && socket.connect(), 500));
  let first = true;
  socket.on('connect', () => {
    if (first) return void (first = false);
    reconnections.push({ at: Date.now(), recovered: socket.recovered });
    // As the web app does after every reconnection: join again (attendance) and read the state once more.
    void socket.emitWithAck('session:join', { sessionId });
  });
  await new Promise<void>((resolve, reject) => {
    socket.once('connect', () => resolve());
    socket.once('connect_error', reject);
  });
  const joined = (await socket.timeout(5000).emitWithAck('session:join', { sessionId })) as Ack;
  if (!joined.ok) throw new Error(JSON.stringify(joined));
  const send = async (event: string, payload: Record<string, unknown>): Promise<Ack> => {
    const deadline = Date.now() + SEND_DEADLINE_MS;
    for (;;) {
      if (Date.now() > deadline) throw new Error(`${event} not acknowledged in ${SEND_DEADLINE_MS / 1000} s (socket ${socket.connected ? 'connected' : 'disconnected'})`);
      if (!socket.connected) {
        await new Promise<void>((resolve) => {
          const connected = () => {
            clearTimeout(timer);
            resolve();
          };
          const timer = setTimeout(() => {
            socket.off('connect', connected);
            resolve();
          }, 1_000);
          socket.once('connect', connected);
        });
      }
      if (!socket.connected) continue;
      const ack = (await socket.timeout(3000).emitWithAck(event, payload).catch(() => null)) as Ack | null;
      if (ack && (ack.ok || !RETRYABLE.has(ack.error?.code ?? ''))) return ack;
      await settle(150);
    }
  };
  return { socket, seqs, reconnections, send, close: () => socket.disconnect() };
}
