import { io, type Socket } from 'socket.io-client';
import { LiveSessionSync, SESSION_GAP_GRACE_MS, type LiveSessionView, type SessionChanged } from '@tripart/contracts';
import { LIVE_SESSION_QUERY } from '../../live-follower';
import { settle } from '../../session-factories';

type Ack = { ok: boolean; error?: { code: string; message: string } };
const RETRYABLE = new Set(['SERVICE_UNAVAILABLE', 'RATE_LIMITED']);
/** An action not acknowledged by then fails the scenario with what was seen, rather than hanging it. */
const SEND_DEADLINE_MS = 60_000;

type State = LiveSessionView & { serverTime: string };

export interface LiveParticipant {
  socket: Socket;
  /** Sequence numbers of the session changes this client was told of, in order. */
  seqs: number[];
  /** The state shown, as the web app holds it: fetched, then moved on by each change pushed (fetched again after a gap). */
  sync: LiveSessionSync<State>;
  /** Whole-state fetches: on joining, after each reconnection, and when the pushed changes had a gap. */
  fetches: number;
  /** True while a fetch is under way or asked for, or changes wait for a gap to fill. */
  fetching(): boolean;
  /** The state as the server gives it now, through the web's own query (tried again through an outage). */
  fetch(): Promise<State>;
  /** Each reconnection: when, and whether Socket.IO recovered the session (rooms and missed events). */
  reconnections: Array<{ at: number; recovered: boolean }>;
  /** Sends until acknowledged (through drops and reconnections, same payload); a refusal other than an outage is returned. */
  send(event: string, payload: Record<string, unknown>): Promise<Ack>;
  close(): void;
}

/** The state through GraphQL, as the web's query asks for it; an outage or a dropped connection is tried again. */
async function fetchState(url: string, token: string, sessionId: string): Promise<State> {
  for (;;) {
    const response = await fetch(`${url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
      body: JSON.stringify({ query: LIVE_SESSION_QUERY, variables: { id: sessionId } }),
    }).catch(() => null);
    const body = response?.status === 200 ? ((await response.json()) as { data?: { consultationSession: State } }) : null;
    if (body?.data) return body.data.consultationSession;
    await settle(150);
  }
}

/**
 * A participant's browser tab as the web app behaves: one socket that
 * reconnects by itself, joins the session, rejoins it after a reconnection
 * that could not be recovered, retries each action until acknowledged, and
 * holds the session's state as `useLiveSession` does: fetched on joining and
 * after a reconnection, moved on by each pushed change, fetched again when
 * the changes have a gap that late ones do not fill.
 */
export async function joinAsParticipant(url: string, token: string, sessionId: string): Promise<LiveParticipant> {
  const socket = io(url, { auth: { token }, transports: ['websocket'], reconnectionDelay: 100, reconnectionDelayMax: 500 });
  const seqs: number[] = [];
  const reconnections: LiveParticipant['reconnections'] = [];
  const sync = new LiveSessionSync<State>();
  let running = false;
  let asked = false;
  const fetchOnce = () => fetchState(url, token, sessionId);
  const participant = { fetches: 0 } as LiveParticipant;
  // One fetch at a time, as Apollo's deduplication makes it; asked again meanwhile, it runs once more.
  const refetch = async (): Promise<void> => {
    asked = true;
    if (running) return;
    running = true;
    try {
      while (asked) {
        asked = false;
        participant.fetches += 1;
        if (sync.fetched(await fetchOnce())) asked = true;
      }
    } finally {
      running = false;
    }
  };
  socket.on('session:changed', (change: SessionChanged) => {
    if (change.sessionId !== sessionId) return;
    seqs.push(change.seq);
    const outcome = sync.receive(change);
    if (outcome === 'refetch') void refetch();
    if (outcome === 'gap') setTimeout(() => sync.behind && void refetch(), SESSION_GAP_GRACE_MS);
  });
  // As the web app does: Socket.IO does not retry after the server refused a connection (an outage, a token): try again.
  // What the socket last went through, said when an action times out.
  const seen: string[] = [];
  const saw = (what: string) => {
    seen.push(`${new Date().toISOString().slice(11, 23)} ${what}`);
    if (seen.length > 5) seen.shift();
  };
  socket.on('connect_error', (error) => saw(`connect_error: ${error.message}`));
  socket.on('disconnect', (reason) => saw(`disconnect: ${reason}`));
  socket.on('connect_error', () => setTimeout(() => !socket.connected && socket.connect(), 500));
  // …nor after the server closed the socket (a recovered connection it could not check again, say): the web app connects again.
  socket.on('disconnect', (reason) => reason === 'io server disconnect' && setTimeout(() => !socket.connected && socket.connect(), 500));
  let first = true;
  socket.on('connect', () => {
    if (first) return void (first = false);
    reconnections.push({ at: Date.now(), recovered: socket.recovered });
    // As the web app does after every reconnection: join again (attendance) and read the state once more.
    void socket.emitWithAck('session:join', { sessionId }).then(() => refetch());
  });
  await new Promise<void>((resolve, reject) => {
    socket.once('connect', () => resolve());
    socket.once('connect_error', reject);
  });
  const joined = (await socket.timeout(5000).emitWithAck('session:join', { sessionId })) as Ack;
  if (!joined.ok) throw new Error(JSON.stringify(joined));
  await refetch();
  const send = async (event: string, payload: Record<string, unknown>): Promise<Ack> => {
    const deadline = Date.now() + SEND_DEADLINE_MS;
    for (;;) {
      if (Date.now() > deadline) throw new Error(`${event} not acknowledged in ${SEND_DEADLINE_MS / 1000} s (socket ${socket.connected ? 'connected' : 'disconnected'}; last: ${seen.join(' | ') || 'nothing'})`);
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
  return Object.assign(participant, { socket, seqs, sync, reconnections, send, fetch: fetchOnce, fetching: () => running || asked || sync.behind, close: () => socket.disconnect() });
}
