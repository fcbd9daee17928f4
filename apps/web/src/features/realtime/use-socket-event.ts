import { useEffect, useRef } from 'react';
import type { ServerEventName, ServerEventPayload, ServerEvents } from '@tripart/contracts';
import { useRealtimeSocket } from './realtime.context';

/** Listen to one server event on the shell's socket (joining rooms is useDossierWatch's job). */
export function useSocketEvent<E extends ServerEventName>(event: E, handler: (payload: ServerEventPayload<E>) => void): void {
  const socket = useRealtimeSocket();
  const latest = useRef(handler);
  latest.current = handler;
  useEffect(() => {
    if (!socket) return undefined;
    // Widened to every event: Socket.IO's overloads cannot follow a generic event name (the signature above types both).
    const name: ServerEventName = event;
    const listener = ((payload: ServerEventPayload<E>) => latest.current(payload)) as ServerEvents[ServerEventName];
    socket.on(name, listener);
    return () => {
      socket.off(name, listener);
    };
  }, [socket, event]);
}
