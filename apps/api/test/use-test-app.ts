import type { Socket } from 'socket.io-client';
import type { AppConfig } from '../src/config/app-config';
import { RealtimeService } from '../src/realtime/realtime.service';
import { until, type CollabClient } from './collab-client';
import { startTestApp, type TestApp } from './test-app';

export interface SuiteApp extends TestApp {
  /** Socket.IO clients a test opened: disconnected after it. */
  sockets: Socket[];
  /** Yjs clients a test opened: destroyed after it. */
  clients: CollabClient[];
}

/**
 * The app of a describe block, which registers its own teardown: started before the block's
 * tests, closed after them; what a test leaves in `sockets` and `clients` is closed after it,
 * and the next test starts once the server has seen those sockets go (no guess at how long).
 * Read it inside tests and hooks only: it is the started app from `beforeAll` on.
 */
export function useTestApp(overrides: Partial<AppConfig> = {}): SuiteApp {
  let started: TestApp | undefined;
  const own = { sockets: [] as Socket[], clients: [] as CollabClient[] };
  const closeClients = async () => {
    own.clients.splice(0).forEach((client) => client.destroy());
    own.sockets.splice(0).forEach((socket) => socket.disconnect());
    const io = started?.app.get(RealtimeService).server;
    if (io) await until(() => io.of('/').sockets.size === 0);
  };
  beforeAll(async () => {
    started = await startTestApp(overrides);
  });
  afterEach(closeClients);
  afterAll(async () => {
    await closeClients();
    // A departure is written after its socket has gone, and may not be written at all (a person removed
    // meanwhile): no condition to wait for, so a moment, once per suite, before the database closes.
    await new Promise((resolve) => setTimeout(resolve, 100));
    await started?.close();
  });
  return new Proxy(own as SuiteApp, {
    get: (target, key) => {
      if (key in target) return Reflect.get(target, key);
      if (!started) throw new Error('useTestApp: the app starts in beforeAll; read it inside a test or hook.');
      return Reflect.get(started, key);
    },
  });
}

