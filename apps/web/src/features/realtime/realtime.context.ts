import { createContext, useContext } from 'react';
import type { Socket } from 'socket.io-client';
import type { ClientEvents, ServerEvents } from '@tripart/contracts';

/** The web's Socket.IO connection: an event name or payload not in libs/contracts does not compile. */
export type TripartSocket = Socket<ServerEvents, ClientEvents>;

/** The shell's one Socket.IO connection, for features that watch live changes (null until connected once). */
export const RealtimeContext = createContext<TripartSocket | null>(null);

export function useRealtimeSocket(): TripartSocket | null {
  return useContext(RealtimeContext);
}
