import { createContext, useContext } from 'react';
import type { Socket } from 'socket.io-client';

/** The shell's one Socket.IO connection, for features that watch live changes (null until connected once). */
export const RealtimeContext = createContext<Socket | null>(null);

export function useRealtimeSocket(): Socket | null {
  return useContext(RealtimeContext);
}
