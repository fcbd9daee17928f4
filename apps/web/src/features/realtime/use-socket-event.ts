import { useEffect, useRef } from 'react';
import type { ServerEvents } from '@tripart/contracts';
import { useRealtimeSocket } from './realtime.context';

/** Listen to one server event on the shell's socket (joining rooms is useDossierWatch's job). */
export function useSocketEvent<E extends keyof ServerEvents>(event: E, handler: (payload: ServerEvents[E]) => void): void {
  const socket = useRealtimeSocket();
  const latest = useRef(handler);
  latest.current = handler;
  useEffect(() => {
    if (!socket) return undefined;
    const listener = (payload: ServerEvents[E]) => latest.current(payload);
    socket.on(event as string, listener as (...args: unknown[]) => void);
    return () => {
      socket.off(event as string, listener as (...args: unknown[]) => void);
    };
  }, [socket, event]);
}
