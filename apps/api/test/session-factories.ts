import { io, type Socket } from 'socket.io-client';
import type { SessionChanged } from '@tripart/contracts';
import { until } from './collab-client';
import { buildDossierWithCast } from './dossier-factories';
import { readDraft, SAMPLE_DRAFT, uploadDraft } from './draft-factories';
import type { TestApp } from './test-app';

export interface RoomClient {
  socket: Socket;
  changes: SessionChanged[];
  send(event: string, payload: Record<string, unknown>): Promise<{ ok: boolean; seq?: number; error?: { code: string; message: string } }>;
}

/** A dossier with a draft and a scheduled session whose agenda is its three articles. */
export async function buildSession(t: TestApp) {
  const cast = await buildDossierWithCast(t);
  await uploadDraft(t, cast.facilitator.token, cast.dossierId, SAMPLE_DRAFT);
  return scheduleSessionOn(t, cast);
}

/** A session scheduled by the facilitator on a dossier that has a draft, its agenda the draft's articles. */
export async function scheduleSessionOn<Cast extends { dossierId: string; facilitator: { token: string } }>(t: TestApp, cast: Cast) {
  const articles = (await readDraft(t, cast.facilitator.token, cast.dossierId)).provisions.filter((p) => p.kind === 'ARTICLE');
  const result = await t.gql(
    `mutation($input: ScheduleSessionInput!) { scheduleSession(input: $input) { id agenda { id title } } }`,
    { input: { dossierId: cast.dossierId, title: 'First session', startsAt: new Date(), endsAt: new Date(Date.now() + 3_600_000), agenda: articles.map((a) => ({ provisionId: a.id })) } },
    cast.facilitator.token,
  );
  if (!result.data) throw new Error(JSON.stringify(result.errors));
  const session = result.data.scheduleSession as { id: string; agenda: Array<{ id: string; title: string }> };
  return { cast, sessionId: session.id, agenda: session.agenda };
}

/** A participant's socket, joined to the session's room, recording every change it is told of. */
export async function joinRoom(t: TestApp, token: string, sessionId: string, sockets: Socket[], url = t.url): Promise<RoomClient> {
  const socket = io(url, { auth: { token }, transports: ['websocket'], reconnection: false });
  sockets.push(socket);
  const changes: SessionChanged[] = [];
  socket.on('session:changed', (change: SessionChanged) => changes.push(change));
  await new Promise<void>((resolve, reject) => {
    socket.on('connect', () => resolve());
    socket.on('connect_error', reject);
  });
  const send = (event: string, payload: Record<string, unknown>) => socket.timeout(5000).emitWithAck(event, payload);
  const joined = await send('session:join', { sessionId });
  if (!joined.ok) throw new Error(JSON.stringify(joined));
  return { socket, changes, send };
}

/**
 * In place of a sleep before asserting that something did not come: the facilitator changes the
 * queue mode, and this resolves once each of `clients` has been told. Anything the server sent
 * them before, it sent first, to the same connection: it has arrived by then.
 */
export async function roomSentinel(t: TestApp, facilitator: RoomClient, sessionId: string, clients: RoomClient[]): Promise<void> {
  const [{ queue_mode: mode }] = await t.dataSource.query('SELECT queue_mode FROM consultation_session WHERE id = $1', [sessionId]);
  const reply = await facilitator.send('queue:mode', { sessionId, mode: mode === 'FIFO' ? 'ROTATION' : 'FIFO' });
  if (!reply.ok) throw new Error(JSON.stringify(reply));
  await Promise.all(clients.map((client) => until(() => client.changes.some((change) => change.seq >= reply.seq!))));
}

export const settle = (ms = 200) => new Promise((resolve) => setTimeout(resolve, ms));
