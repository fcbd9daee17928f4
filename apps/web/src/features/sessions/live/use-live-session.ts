import { useCallback, useEffect, useRef, useState } from 'react';
import { useQuery } from '@apollo/client';
import type { ClientEventName, ClientEventPayload } from '@tripart/contracts';
import { ConsultationSessionDocument, type LiveSessionStateFragment } from '../../../gql/graphql';
import { useRealtimeSocket } from '../../realtime/realtime.context';
import { useSocketEvent } from '../../realtime/use-socket-event';
import { emitWithAck, type EmitResult } from './emit-with-ack';
import { clockOffset } from './session-clock';
import { SeqTracker } from './seq-tracker';

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
 * A live session: its state from GraphQL, kept fresh by `session:changed`
 * (debounced refetch; at once on a gap in `seq` or after a reconnect), the
 * room joined while the page is open, and the server clock offset.
 */
export function useLiveSession(sessionId: string) {
  const socket = useRealtimeSocket();
  const query = useQuery(ConsultationSessionDocument, {
    variables: { id: sessionId },
    fetchPolicy: 'cache-and-network',
    nextFetchPolicy: 'network-only',
  });
  const { refetch } = query;
  const tracker = useRef(new SeqTracker());
  const timer = useRef<number | undefined>(undefined);
  const [offset, setOffset] = useState(0);
  const [joined, setJoined] = useState(false);
  const [link, setLink] = useState<LiveLink>(() => (socket?.connected ? 'live' : browserOnline() ? 'reconnecting' : 'offline'));
  const state: LiveSessionStateFragment | undefined =
    query.data?.consultationSession ?? (query.previousData?.consultationSession.id === sessionId ? query.previousData.consultationSession : undefined);

  const refresh = useCallback(() => {
    window.clearTimeout(timer.current);
    void refetch().catch(() => undefined);
  }, [refetch]);
  // The room is joined once per page and socket: a new refetch function must not re-run the join effect.
  const refreshLatest = useRef(refresh);
  refreshLatest.current = refresh;

  useEffect(() => {
    if (!query.data) return;
    tracker.current.synced(query.data.consultationSession.seq);
    setOffset(clockOffset(query.data.consultationSession.serverTime, Date.now()));
  }, [query.data]);

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
        tracker.current.reset();
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
      window.clearTimeout(timer.current);
      const leave = window.setTimeout(() => {
        pendingLeaves.delete(sessionId);
        if (socket.connected) socket.emit('session:leave', { sessionId }, () => undefined);
      }, LEAVE_DELAY_MS);
      pendingLeaves.set(sessionId, leave);
    };
  }, [socket, sessionId]);

  useSocketEvent('session:changed', (event) => {
    if (event.sessionId !== sessionId) return;
    const seen = tracker.current.observe(event.seq);
    if (seen === 'stale') return;
    if (seen === 'gap') return refresh();
    window.clearTimeout(timer.current);
    timer.current = window.setTimeout(() => void refetch().catch(() => undefined), 150);
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
