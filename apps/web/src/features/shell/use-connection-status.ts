import { useEffect, useState } from 'react';
import { io } from 'socket.io-client';
import type { TokenStore } from '../auth/token-store';
import type { TripartSocket } from '../realtime/realtime.context';

export type ConnectionStatus = 'live' | 'reconnecting' | 'offline';

function browserOnline(): boolean {
  return typeof navigator === 'undefined' || navigator.onLine !== false;
}

/**
 * One Socket.IO connection per signed-in tab, authenticated with the current
 * access token. The status is what is true right now: connected, trying again,
 * or given up (browser offline, or the server refused us).
 */
export function useConnectionStatus(tokens: TokenStore, enabled: boolean): { status: ConnectionStatus; socket: TripartSocket | null } {
  const [status, setStatus] = useState<ConnectionStatus>('reconnecting');
  const [current, setCurrent] = useState<TripartSocket | null>(null);

  useEffect(() => {
    if (!enabled) return undefined;
    const socket: TripartSocket = io({
      path: '/socket.io',
      // A function, so every (re)connection presents a current access token (refreshed first if it has expired).
      auth: (send) => {
        void tokens
          .freshAccessToken()
          .catch(() => tokens.accessToken)
          .then((token) => send({ token }));
      },
      reconnectionDelayMax: 10_000,
    });
    const update = () =>
      setStatus(socket.connected ? 'live' : browserOnline() && socket.active ? 'reconnecting' : 'offline');

    socket.on('connect', update);
    socket.on('disconnect', (reason) => {
      update();
      // The server closed it: the access token expired (or the sign-in ended). Socket.IO does not retry on its own
      // after a server close; connecting again presents a fresh token, and a refused one is handled below.
      if (reason === 'io server disconnect') socket.connect();
    });
    socket.io.on('reconnect_attempt', update);
    socket.on('connect_error', (error) => {
      update();
      // The middleware refused an expired token: refresh once, then try again.
      // The API cannot reach its database for a moment: Socket.IO does not retry after a refusal, so try again shortly.
      if (error.message === 'SERVICE_UNAVAILABLE') setTimeout(() => socket.connect(), 2_000 + Math.random() * 1_000);
      if (error.message === 'UNAUTHENTICATED') {
        tokens
          .refresh()
          .then((token) => token && socket.connect())
          .catch(() => setTimeout(() => socket.connect(), 5_000));
      }
    });
    window.addEventListener('online', update);
    window.addEventListener('offline', update);
    update();
    setCurrent(socket);

    return () => {
      setCurrent(null);
      window.removeEventListener('online', update);
      window.removeEventListener('offline', update);
      socket.removeAllListeners();
      socket.io.removeAllListeners();
      socket.disconnect();
    };
  }, [tokens, enabled]);

  return { status, socket: current };
}
