import { useCallback, useEffect, useRef, useState } from 'react';
import { useQuery } from '@apollo/client';
import { LiveSessionSync, SESSION_GAP_GRACE_MS, type ClientEventName, type ClientEventPayload } from '@tripart/contracts';
import { ConsultationSessionDocument, type ConsultationSessionQuery, type LiveSessionStateFragment } from '../../../gql/graphql';
import { useRealtimeSocket } from '../../realtime/realtime.context';
import { useSocketEvent } from '../../realtime/use-socket-event';
import { emitWithAck, type EmitResult } from './emit-with-ack';
import { clockOffset } from './session-clock';

export type LiveLink = 'live' | 'reconnecting' | 'offline';

/**
 * Leaving a room waits a moment and is called off when the same session's page
 * mounts again at once (StrictMode's second mount, a quick way back): sent
 * right away, the leave could be handled after the new join and close the
 * presence that join just confirmed.
 */
const LEAVE_DELAY_MS = 1_000;
const pendingLeaves = new Map<string, number>();

function browserOnline(): boolean {
  return typeof navigator === 'undefined' || navigator.onLine !== false;
}

/**
 * A live session: its state fetched once from GraphQL, then moved on by each
 * `session:changed`, which carries what changed (applied here, no request);
 * the whole state is fetched again only after a gap in `seq` that the late
 * changes do not fill within SESSION_GAP_GRACE_MS, a change of a
 * kind this code does not know, a reconnect, a refusal (CONFLICT) or a change
 * of my rights. Also: the room joined while the page is open, the server
 * clock offset.
 */
export function useLiveSession(sessionId: string) {
  const socket = useRealtimeSocket();
  const query = useQuery(ConsultationSessionDocument, {
    variables: { id: sessionId },
    fetchPolicy: 'cache-and-network',
    nextFetchPolicy: 'network-only',
  });
  const { refetch } = query;
  const held = useRef<{ sessionId: string; sync: LiveSessionSync<LiveSessionStateFragment> } | null>(null);
  if (held.current?.sessionId !== sessionId) held.current = { sessionId, sync: new LiveSessionSync() };
  const { sync } = held.current;
  const [, setShown] = useState(0);
  const show = useCallback(() => setShown((count) => count + 1), []);
  const [offset, setOffset] = useState(0);
  const [joined, setJoined] = useState(false);
  const [link, setLink] = useState<LiveLink>(() => (socket?.connected ? 'live' : browserOnline() ? 'reconnecting' : 'offline'));
  const state = sync.state ?? undefined;

  // A fetched state (the first, or one asked for) replaces what we hold unless we are already further on.
  const fetched = useRef<(data: ConsultationSessionQuery | undefined) => void>(() => undefined);
  const refresh = useCallback(() => {
    void refetch()
      .then((result) => fetched.current(result.data))
      .catch(() => undefined);
  }, [refetch]);
  fetched.current = (data) => {
    const session = data?.consultationSession;
    if (!session || session.id !== sessionId) return;
    const behind = sync.fetched(session);
    setOffset(clockOffset(session.serverTime, Date.now()));
    show();
    if (behind) refresh();
  };
  // The room is joined once per page and socket: a new refetch function must not re-run the join effect.
  const refreshLatest = useRef(refresh);
  refreshLatest.current = refresh;

  useEffect(() => fetched.current(query.data), [query.data]);

  useEffect(() => {
    if (!socket) return undefined;
    let alive = true;
    window.clearTimeout(pendingLeaves.get(sessionId));
    pendingLeaves.delete(sessionId);
    const update = () => setLink(socket.connected ? 'live' : browserOnline() && socket.active ? 'reconnecting' : 'offline');
    const join = () => {
      update();
      void emitWithAck(socket, 'session:join', { sessionId }).then((result) => {
        if (!alive) return;
        setJoined(result.ok);
        // Whatever happened while we were away: fetch the whole state once more.
        refreshLatest.current();
      });
    };
    const lost = () => {
      setJoined(false);
      update();
    };
    if (socket.connected) join();
    socket.on('connect', join);
    socket.on('disconnect', lost);
    socket.io.on('reconnect_attempt', update);
    window.addEventListener('online', update);
    window.addEventListener('offline', update);
    update();
    return () => {
      alive = false;
      socket.off('connect', join);
      socket.off('disconnect', lost);
      socket.io.off('reconnect_attempt', update);
      window.removeEventListener('online', update);
      window.removeEventListener('offline', update);
      const leave = window.setTimeout(() => {
        pendingLeaves.delete(sessionId);
        if (socket.connected) socket.emit('session:leave', { sessionId }, () => undefined);
      }, LEAVE_DELAY_MS);
      pendingLeaves.set(sessionId, leave);
    };
  }, [socket, sessionId]);

  // After a gap, the missing changes get a moment to arrive (from another instance) before the state is fetched.
  const gapTimer = useRef<number | undefined>(undefined);
  useEffect(() => () => window.clearTimeout(gapTimer.current), []);
  useSocketEvent('session:changed', (event) => {
    if (event.sessionId !== sessionId) return;
    const outcome = sync.receive(event);
    if (outcome === 'applied') show();
    else if (outcome === 'refetch') refresh();
    else if (outcome === 'gap' && gapTimer.current === undefined) {
      gapTimer.current = window.setTimeout(() => {
        gapTimer.current = undefined;
        if (sync.behind) refresh();
      }, SESSION_GAP_GRACE_MS);
    }
  });

  const emit = useCallback(
    async <E extends ClientEventName>(event: E, payload: ClientEventPayload<E>): Promise<EmitResult> => {
      const result = await emitWithAck(socket, event, payload);
      // A refusal often means the room moved on meanwhile: show what is true now.
      if (!result.ok && result.code === 'CONFLICT') refresh();
      return result;
    },
    [socket, refresh],
  );

  const shownLink: LiveLink = link === 'live' && !joined ? 'reconnecting' : link;
  return { state, loading: query.loading && !state, error: query.error, refresh, offset, link: shownLink, emit };
}

export type LiveSession = ReturnType<typeof useLiveSession>;
