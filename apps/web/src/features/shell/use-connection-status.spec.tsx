import { renderHook } from '@testing-library/react';
import { EventEmitter } from 'node:events';
import type { TokenStore } from '../auth/token-store';
import { useConnectionStatus } from './use-connection-status';

class FakeSocket extends EventEmitter {
  connected = false;
  active = true;
  io = new EventEmitter();
  connect = jest.fn();
  disconnect = jest.fn();
}

let created: { socket: FakeSocket; options: { auth: (send: (auth: { token: string | null }) => void) => void } } | null = null;
jest.mock('socket.io-client', () => ({
  io: (options: never) => {
    created = { socket: new FakeSocket(), options };
    return created.socket;
  },
}));

function fakeTokens(fresh: string): TokenStore {
  return { accessToken: 'stale', freshAccessToken: jest.fn(async () => fresh), refresh: jest.fn(async () => fresh) } as unknown as TokenStore;
}

describe('useConnectionStatus', () => {
  it('presents a fresh access token at every (re)connection', async () => {
    const tokens = fakeTokens('fresh-token');
    renderHook(() => useConnectionStatus(tokens, true));
    const sent = await new Promise((resolve) => created!.options.auth(resolve));
    expect(sent).toEqual({ token: 'fresh-token' });
  });

  it('connects again when the server closed the connection (its token expired)', () => {
    const tokens = fakeTokens('fresh-token');
    renderHook(() => useConnectionStatus(tokens, true));
    created!.socket.emit('disconnect', 'io server disconnect');
    expect(created!.socket.connect).toHaveBeenCalledTimes(1);
  });

  it('leaves a client-side disconnect to Socket.IO’s own retries', () => {
    const tokens = fakeTokens('fresh-token');
    renderHook(() => useConnectionStatus(tokens, true));
    created!.socket.emit('disconnect', 'transport close');
    expect(created!.socket.connect).not.toHaveBeenCalled();
  });
});
