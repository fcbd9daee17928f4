import { randomUUID } from 'node:crypto';
import type { Socket } from 'socket.io-client';
import { startInstanceProcess, type InstanceProcess } from '../../test/instance-process';
import { buildSession, joinRoom, settle } from '../../test/session-factories';
import { startTestApp, type TestApp } from '../../test/test-app';
import { describeWithServers } from '../../test/test-servers';

const STATE = `query($id: ID!) { consultationSession(id: $id) { seq status queue { hand { constituency } } } }`;

/** One instance of two is killed (SIGKILL) mid-session: its participants rejoin on the other and nothing is lost. */
describeWithServers('a live-room instance killed mid-session', () => {
  let b: TestApp;
  let a: InstanceProcess;
  const sockets: Socket[] = [];
  beforeAll(async () => {
    b = await startTestApp({}, { onServers: true });
    a = await startInstanceProcess(b);
  });
  afterAll(async () => {
    sockets.forEach((socket) => socket.disconnect());
    await a.kill();
    await b.close();
  });

  it('keeps the queue and the sequence: participants of the dead instance resume on the other', async () => {
    const { cast, sessionId, agenda } = await buildSession(b);
    const facilitator = await joinRoom(b, cast.facilitator.token, sessionId, sockets);
    await facilitator.send('session:start', { sessionId });
    await facilitator.send('round:open', { sessionId, agendaItemId: agenda[0].id, kind: 'PROVISION_REVIEW', speakingSeconds: 60 });
    const workersOnA = await joinRoom(b, cast.workers.lead.token, sessionId, sockets, a.url);
    await joinRoom(b, cast.employers.lead.token, sessionId, sockets, a.url);
    const raised = await workersOnA.send('hand:raise', { sessionId, kind: 'NORMAL', clientId: randomUUID() });
    expect(raised.ok).toBe(true);
    const before = (await b.gql(STATE, { id: sessionId }, cast.facilitator.token)).data!.consultationSession;

    await a.kill();
    await settle(200);
    expect(workersOnA.socket.connected).toBe(false);

    // They land on instance B, fetch the state and carry on; a retried action counts once.
    const workersOnB = await joinRoom(b, cast.workers.lead.token, sessionId, sockets);
    const state = (await b.gql(STATE, { id: sessionId }, cast.workers.lead.token)).data!.consultationSession;
    expect(state).toEqual(before);
    const employersOnB = await joinRoom(b, cast.employers.lead.token, sessionId, sockets);
    const clientId = randomUUID();
    await employersOnB.send('hand:raise', { sessionId, kind: 'NORMAL', clientId });
    await employersOnB.send('hand:raise', { sessionId, kind: 'NORMAL', clientId });
    await settle(300);
    const after = (await b.gql(STATE, { id: sessionId }, cast.facilitator.token)).data!.consultationSession;
    expect(after.queue.map((entry: { hand: { constituency: string } }) => entry.hand.constituency)).toEqual(['EMPLOYERS', 'WORKERS']); // G → E → W
    expect(workersOnB.changes.map((change) => change.seq)).toEqual([after.seq]);
    expect(facilitator.changes.at(-1)?.seq).toBe(after.seq);
  });
});
