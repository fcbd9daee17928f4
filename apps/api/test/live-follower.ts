import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Socket } from 'socket.io-client';
import { LiveSessionSync, SESSION_GAP_GRACE_MS, type LiveSessionView, type SessionChanged } from '@tripart/contracts';
import { until } from './collab-client';
import { joinRoom, type RoomClient } from './session-factories';
import type { TestApp } from './test-app';

const OPERATIONS = join(__dirname, '../../web/src/features/sessions/operations');
/** The web app's own query of a live session: its query and fragment files, as the browser sends them. */
export const LIVE_SESSION_QUERY = ['consultation-session.query.graphql', 'live-session-state.fragment.graphql'].map((file) => readFileSync(join(OPERATIONS, file), 'utf8')).join('\n');

type State = LiveSessionView & { serverTime: string };

export interface Follower extends RoomClient {
  sync: LiveSessionSync<State>;
  /** Whole-state fetches the pushed changes made it ask for (a gap or an unknown kind). */
  refetches: number;
  /** The state as the server gives it now, through the web's query. */
  fetch(): Promise<State>;
  /** Resolves once the state held has reached `seq`. */
  caughtUp(seq: number): Promise<void>;
}

/** The time of the fetch, which no change carries. */
export const comparable = ({ serverTime: _serverTime, ...state }: State) => state;

/**
 * A participant that does what the web app does: joins the room, fetches the
 * state once, then applies every pushed change (LiveSessionSync, as the web's
 * useLiveSession), fetching again only when the sync asks (at once, or after
 * a gap the late changes did not fill).
 */
export async function followRoom(t: TestApp, token: string, sessionId: string, sockets: Socket[], url = t.url): Promise<Follower> {
  const client = await joinRoom(t, token, sessionId, sockets, url);
  const sync = new LiveSessionSync<State>();
  const fetch = async () => {
    const result = await t.gql<{ consultationSession: State }>(LIVE_SESSION_QUERY, { id: sessionId }, token);
    if (!result.data) throw new Error(JSON.stringify(result.errors));
    return result.data.consultationSession;
  };
  const follower: Follower = {
    ...client,
    sync,
    refetches: 0,
    fetch,
    caughtUp: (seq) => until(() => (sync.state?.seq ?? -1) >= seq, 5_000),
  };
  const refetch = async () => {
    follower.refetches += 1;
    if (sync.fetched(await fetch())) void refetch();
  };
  client.socket.on('session:changed', (change: SessionChanged) => {
    if (change.sessionId !== sessionId) return;
    const outcome = sync.receive(change);
    if (outcome === 'refetch') void refetch();
    if (outcome === 'gap') setTimeout(() => sync.behind && void refetch(), SESSION_GAP_GRACE_MS);
  });
  sync.fetched(await fetch());
  return follower;
}
