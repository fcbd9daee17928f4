import type { Socket } from 'socket.io-client';
import { until } from '../../test/collab-client';
import { buildSession, joinRoom, settle } from '../../test/session-factories';
import { startTestApp, type TestApp } from '../../test/test-app';

describe('watching a dossier', () => {
  let t: TestApp;
  const sockets: Socket[] = [];
  beforeAll(async () => (t = await startTestApp()));
  afterAll(async () => {
    sockets.forEach((socket) => socket.disconnect());
    await settle(100);
    await t.close();
  });

  it('stops the dossier’s events on unwatch but keeps a live session joined', async () => {
    const { cast, sessionId } = await buildSession(t);
    const facilitator = await joinRoom(t, cast.facilitator.token, sessionId, sockets);
    const delegate = await joinRoom(t, cast.workers.lead.token, sessionId, sockets);
    expect((await delegate.socket.emitWithAck('dossier:watch', { dossierId: cast.dossierId })).ok).toBe(true);
    expect((await delegate.socket.emitWithAck('dossier:unwatch', { dossierId: cast.dossierId })).ok).toBe(true);
    await facilitator.send('session:start', { sessionId });
    await until(() => delegate.changes.length > 0);
    expect(delegate.changes.length).toBeGreaterThan(0);
  });
});
