import { randomUUID } from 'node:crypto';
import { until } from '../../test/collab-client';
import { comparable, followRoom, type Follower } from '../../test/live-follower';
import { buildSession, joinRoom, type RoomClient } from '../../test/session-factories';
import { useTestApp } from '../../test/use-test-app';

/**
 * Invariant 7: what a participant sees is pushed. A participant that applies
 * each `session:changed` to the state it fetched once (as the web app does)
 * holds, after every change, exactly the state the server would give it —
 * without fetching again.
 */
describe('a live room’s pushed changes', () => {
  const t = useTestApp();
  const { sockets } = t;

  async function liveRoom(kind = 'PROVISION_REVIEW') {
    const built = await buildSession(t);
    const facilitator = await joinRoom(t, built.cast.facilitator.token, built.sessionId, sockets);
    await facilitator.send('session:start', { sessionId: built.sessionId });
    await facilitator.send('round:open', { sessionId: built.sessionId, agendaItemId: built.agenda[0].id, kind, speakingSeconds: 120 });
    const observer = await followRoom(t, built.cast.observer.token, built.sessionId, sockets);
    const { cast, sessionId } = built;
    const join = (token: string) => joinRoom(t, token, sessionId, sockets);
    const leads = { government: await join(cast.government.lead.token), employers: await join(cast.employers.lead.token), workers: await join(cast.workers.lead.token) };
    return { ...built, facilitator, observer, leads, join };
  }

  /** Sends one action, waits until the follower applied its change, and compares with the server's state. */
  async function expectInStep(follower: Follower, client: RoomClient, event: string, payload: Record<string, unknown>) {
    const reply = await client.send(event, payload);
    expect(reply).toMatchObject({ ok: true });
    await follower.caughtUp(reply.seq!);
    expect(comparable(follower.sync.state!)).toEqual(comparable(await follower.fetch()));
  }
  const raise = (sessionId: string, kind = 'NORMAL') => ({ sessionId, kind, clientId: randomUUID() });

  it('keeps the queue in step: hands raised and lowered, reordered, its mode changed', async () => {
    const { sessionId, facilitator, observer, leads, join, cast } = await liveRoom();
    await expectInStep(observer, leads.workers, 'hand:raise', raise(sessionId));
    await expectInStep(observer, leads.government, 'hand:raise', raise(sessionId));
    await expectInStep(observer, leads.employers, 'hand:raise', raise(sessionId));
    const member = await join(cast.workers.member.token);
    await expectInStep(observer, member, 'hand:raise', raise(sessionId, 'POINT_OF_ORDER'));
    const normal = observer.sync.state!.queue.filter((entry) => entry.hand.kind === 'NORMAL').map((entry) => entry.hand.id);
    await expectInStep(observer, facilitator, 'queue:reorder', { sessionId, handIds: [...normal].reverse() });
    await expectInStep(observer, leads.workers, 'hand:raise', raise(sessionId, 'RIGHT_OF_REPLY'));
    await expectInStep(observer, facilitator, 'queue:mode', { sessionId, mode: 'FIFO' });
    await expectInStep(observer, leads.government, 'hand:lower', { sessionId });
    await expectInStep(observer, facilitator, 'hand:lower', { sessionId, handId: observer.sync.state!.queue[0].hand.id });
    expect(observer.sync.state!.queue.length).toBe(3);
    expect(observer.refetches).toBe(0);
  });

  it('keeps the floor in step: given in turn and out of turn, taken back, with the speaking times', async () => {
    const { sessionId, facilitator, observer, leads } = await liveRoom();
    for (const lead of [leads.workers, leads.government, leads.employers]) await lead.send('hand:raise', raise(sessionId));
    await expectInStep(observer, facilitator, 'floor:give', { sessionId });
    const last = observer.sync.state!.queue.at(-1)!.hand.id;
    await expectInStep(observer, facilitator, 'floor:give', { sessionId, handId: last });
    await expectInStep(observer, facilitator, 'floor:take', { sessionId, summary: 'Asks for two years' });
    await expectInStep(observer, facilitator, 'floor:give', { sessionId });
    await expectInStep(observer, facilitator, 'floor:take', { sessionId });
    expect(observer.sync.state!.speakingTotals.length).toBe(6);
    expect(observer.refetches).toBe(0);
  });

  it('keeps rounds and the session’s life in step, a round closed with a speaker and hands waiting', async () => {
    const { sessionId, facilitator, observer, leads, agenda } = await liveRoom();
    await leads.workers.send('hand:raise', raise(sessionId));
    await leads.employers.send('hand:raise', raise(sessionId));
    await expectInStep(observer, facilitator, 'floor:give', { sessionId });
    await expectInStep(observer, facilitator, 'round:open', { sessionId, agendaItemId: agenda[1].id, kind: 'CAUCUS_BREAK', caucusMinutes: 5 });
    await expectInStep(observer, facilitator, 'round:close', { sessionId });
    await expectInStep(observer, facilitator, 'round:open', { sessionId, agendaItemId: agenda[2].id, kind: 'OPENING_STATEMENTS', speakingSeconds: 90 });
    await expectInStep(observer, facilitator, 'session:adjourn', { sessionId });
    await expectInStep(observer, facilitator, 'session:start', { sessionId });
    await expectInStep(observer, facilitator, 'session:close', { sessionId });
    expect(observer.sync.state!.status).toBe('CLOSED');
    expect(observer.refetches).toBe(0);
  });

  it('keeps stances and outcomes in step, a stance declared again, an outcome recorded, the item reopened and recorded again', async () => {
    const { sessionId, facilitator, observer, leads, agenda } = await liveRoom('CONSENSUS_CHECK');
    await expectInStep(observer, leads.workers, 'stance:declare', { sessionId, stance: 'AGREE_WITH_RESERVATION', reservation: 'Two years' });
    await expectInStep(observer, leads.government, 'stance:declare', { sessionId, stance: 'AGREE' });
    await expectInStep(observer, leads.workers, 'stance:declare', { sessionId, stance: 'DISAGREE' });
    await expectInStep(observer, facilitator, 'outcome:record', { sessionId, agendaItemId: agenda[0].id, outcome: 'NO_CONSENSUS', note: 'Back to the group' });
    await expectInStep(observer, facilitator, 'item:reopen', { sessionId, agendaItemId: agenda[0].id, reason: 'One more round' });
    expect(observer.sync.state!.agenda[0].outcome).toBeNull();
    await expectInStep(observer, facilitator, 'outcome:record', { sessionId, agendaItemId: agenda[0].id, outcome: 'DEFERRED', reservations: { WORKERS: 'ignored' } });
    await expectInStep(observer, facilitator, 'round:open', { sessionId, agendaItemId: agenda[0].id, kind: 'CONSENSUS_CHECK', speakingSeconds: 60 });
    await expectInStep(observer, leads.employers, 'stance:declare', { sessionId, stance: 'ABSTAIN' });
    expect(observer.sync.state!.agenda[0].stances.map((stance) => stance.constituency)).toEqual(['EMPLOYERS']);
    expect(observer.refetches).toBe(0);
  });

  it('keeps attendance in step: people joining, leaving, marked present and absent in the room', async () => {
    const { sessionId, facilitator, observer, cast } = await liveRoom();
    // The leads' arrivals may still be on their way to the observer: count from the server's seq, once they are in.
    const before = (await observer.fetch()).seq;
    await observer.caughtUp(before);
    const member = await joinRoom(t, cast.employers.member.token, sessionId, sockets);
    await observer.caughtUp(before + 1);
    member.socket.disconnect();
    await observer.caughtUp(before + 2);
    expect(comparable(observer.sync.state!)).toEqual(comparable(await observer.fetch()));
    await expectInStep(observer, facilitator, 'attendance:mark', { sessionId, userId: cast.government.member.user.id, present: true });
    await expectInStep(observer, facilitator, 'attendance:mark', { sessionId, userId: cast.government.member.user.id, present: false });
    expect(observer.refetches).toBe(0);
  });

  it('tells a joiner of its own arrival, so that the state it fetched around the join has no gap', async () => {
    const { cast, sessionId } = await liveRoom();
    const member = await joinRoom(t, cast.government.member.token, sessionId, sockets);
    await until(() => member.changes.length > 0);
    expect(member.changes[0]).toMatchObject({ change: 'attendance.joined', attendance: [{ userId: cast.government.member.user.id, leftAt: null }] });
  });

  it('keeps joint drafting in step: unlocked, locked, a joint text started', async () => {
    const { sessionId, facilitator, observer, agenda } = await liveRoom();
    await expectInStep(observer, facilitator, 'drafting:set', { sessionId, agendaItemId: agenda[0].id, unlocked: true });
    await expectInStep(observer, facilitator, 'joint:start', { sessionId, agendaItemId: agenda[0].id, from: 'PROVISION' });
    await expectInStep(observer, facilitator, 'drafting:set', { sessionId, agendaItemId: agenda[0].id, unlocked: false });
    expect(observer.refetches).toBe(0);
  });
});
