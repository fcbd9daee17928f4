import { randomUUID } from 'node:crypto';
import type { Socket } from 'socket.io-client';
import { comparable, followRoom } from '../../test/live-follower';
import { buildSession, joinRoom, settle } from '../../test/session-factories';
import { startTestApp, type TestApp } from '../../test/test-app';
import { describeWithServers } from '../../test/test-servers';

/** Two API instances on one PostgreSQL and one Redis: one session, the same queue, in the same order, everywhere. */
describeWithServers('one session served by two instances', () => {
  let a: TestApp;
  let b: TestApp;
  const sockets: Socket[] = [];
  beforeAll(async () => {
    a = await startTestApp({}, { onServers: true });
    b = await startTestApp({ jwtSecret: a.config.jwtSecret }, { sameDatabaseAs: a });
  });
  afterAll(async () => {
    sockets.forEach((socket) => socket.disconnect());
    await settle(300);
    await b.close();
    await a.close();
  });

  /** A live round with the observer watching from B, then the workers' lead (on A) and the government's (on B) raising hands. */
  async function handsOnBoth<T>(observe: (token: string, sessionId: string) => Promise<T>) {
    const { cast, sessionId, agenda } = await buildSession(a);
    const facilitator = await joinRoom(a, cast.facilitator.token, sessionId, sockets);
    const observerOnB = await observe(cast.observer.token, sessionId);
    await facilitator.send('session:start', { sessionId });
    await facilitator.send('round:open', { sessionId, agendaItemId: agenda[0].id, kind: 'PROVISION_REVIEW', speakingSeconds: 60 });
    const onA = await joinRoom(a, cast.workers.lead.token, sessionId, sockets);
    const onB = await joinRoom(b, cast.government.lead.token, sessionId, sockets, b.url);
    await onA.send('hand:raise', { sessionId, kind: 'NORMAL', clientId: randomUUID() });
    await onB.send('hand:raise', { sessionId, kind: 'NORMAL', clientId: randomUUID() });
    return { cast, sessionId, facilitator, observerOnB };
  }

  it('shows participants on both instances the same changes and the same queue', async () => {
    const { cast, sessionId, facilitator, observerOnB } = await handsOnBoth((token, sessionId) => joinRoom(b, token, sessionId, sockets, b.url));
    await settle(500);
    const since = observerOnB.changes[0].seq;
    expect(observerOnB.changes.map((c) => c.seq)).toEqual(facilitator.changes.filter((c) => c.seq >= since).map((c) => c.seq));
    expect(observerOnB.changes.length).toBeGreaterThanOrEqual(4);
    const query = `query($id: ID!) { consultationSession(id: $id) { seq queue { hand { constituency } } } }`;
    const [stateA, stateB] = await Promise.all([a.gql(query, { id: sessionId }, cast.facilitator.token), b.gql(query, { id: sessionId }, cast.observer.token)]);
    expect(stateB.data).toEqual(stateA.data);
    expect(stateA.data?.consultationSession.queue.map((e: { hand: { constituency: string } }) => e.hand.constituency)).toEqual(['GOVERNMENT', 'WORKERS']);
  });

  it('brings a participant on the other instance to the state the server gives by pushed changes alone', async () => {
    const { sessionId, facilitator, observerOnB } = await handsOnBoth((token, sessionId) => followRoom(b, token, sessionId, sockets, b.url));
    const given = await facilitator.send('floor:give', { sessionId });
    await observerOnB.caughtUp(given.seq!);
    expect(comparable(observerOnB.sync.state!)).toEqual(comparable(await observerOnB.fetch()));
    expect(observerOnB.sync.state!.floor?.hand.constituency).toBe('GOVERNMENT');
    expect(observerOnB.refetches).toBe(0);
  });
});
