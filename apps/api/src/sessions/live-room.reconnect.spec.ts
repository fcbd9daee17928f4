import { randomUUID } from 'node:crypto';
import { io } from 'socket.io-client';
import type { SessionChanged } from '@tripart/contracts';
import { buildSession, joinRoom } from '../../test/session-factories';
import { useTestApp } from '../../test/use-test-app';
import { until } from '../../test/collab-client';

describe('a client that loses its connection', () => {
  const t = useTestApp();
  const { sockets } = t;

  it('gets the changes it missed, in sequence, when it comes back', async () => {
    const { cast, sessionId, agenda } = await buildSession(t);
    const facilitator = await joinRoom(t, cast.facilitator.token, sessionId, sockets);
    await facilitator.send('session:start', { sessionId });
    const observer = io(t.url, { auth: { token: cast.observer.token }, transports: ['websocket'], reconnectionDelay: 100 });
    sockets.push(observer);
    const changes: SessionChanged[] = [];
    observer.on('session:changed', (change: SessionChanged) => changes.push(change));
    await new Promise((resolve) => observer.on('connect', () => resolve(undefined)));
    await observer.emitWithAck('session:join', { sessionId });

    await facilitator.send('round:open', { sessionId, agendaItemId: agenda[0].id, kind: 'PROVISION_REVIEW', speakingSeconds: 60 });
    await until(() => changes.length > 0);
    observer.io.engine.close(); // the network drops; Socket.IO will reconnect by itself
    await facilitator.send('queue:mode', { sessionId, mode: 'FIFO' });
    const lead = await joinRoom(t, cast.government.lead.token, sessionId, sockets);
    await lead.send('hand:raise', { sessionId, kind: 'NORMAL', clientId: randomUUID() });
    await until(() => observer.connected && observer.recovered, 15_000);
    await until(() => changes.some((change) => change.change === 'hand.raised'), 15_000);

    const state = await t.gql('query($id: ID!) { consultationSession(id: $id) { seq } }', { id: sessionId }, cast.observer.token);
    const seqs = changes.map((change) => change.seq);
    expect(seqs.at(-1)).toBe(state.data?.consultationSession.seq);
    expect(seqs).toEqual(seqs.map((_, i) => seqs[0] + i));
  });
});
