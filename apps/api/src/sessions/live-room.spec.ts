import { randomUUID } from 'node:crypto';
import { AuditService } from '../audit/audit.service';
import { buildSession, joinRoom, settle } from '../../test/session-factories';
import { useTestApp } from '../../test/use-test-app';
import { until } from '../../test/collab-client';

const STATE = `query($id: ID!) { consultationSession(id: $id) { seq status queueMode
  currentRound { kind speakingSeconds } queue { position hand { id kind constituency } person { displayName } }
  floor { person { displayName } since deadline } interventions { constituency durationSeconds }
  agenda { id outcome { outcome } stances { constituency stance reservation } }
  attendance { userId leftAt } me { canRun canSpeak canDeclareStance constituency } } }`;

describe('the live room', () => {
  const t = useTestApp();
  const { sockets } = t;

  async function liveSession(kind = 'PROVISION_REVIEW') {
    const built = await buildSession(t);
    const facilitator = await joinRoom(t, built.cast.facilitator.token, built.sessionId, sockets);
    expect((await facilitator.send('session:start', { sessionId: built.sessionId })).ok).toBe(true);
    expect((await facilitator.send('round:open', { sessionId: built.sessionId, agendaItemId: built.agenda[0].id, kind, speakingSeconds: 120 })).ok).toBe(true);
    return { ...built, facilitator };
  }

  const state = async (token: string, id: string) => (await t.gql(STATE, { id }, token)).data!.consultationSession;

  it('schedules a session whose agenda is the draft’s articles', async () => {
    const { agenda } = await buildSession(t);
    expect(agenda.map((item) => item.title)).toEqual(['Article 1 — Scope', 'Article 2 — Freedom of association', 'Article 3 — Collective agreements']);
  });

  it('lets only facilitators schedule', async () => {
    const { cast } = await buildSession(t);
    const result = await t.gql(`mutation($input: ScheduleSessionInput!) { scheduleSession(input: $input) { id } }`,
      { input: { dossierId: cast.dossierId, title: 'Mine', startsAt: new Date(), endsAt: new Date(Date.now() + 1000), agenda: [{ title: 'Any other business' }] } }, cast.workers.lead.token);
    expect(result.errors?.[0].extensions.code).toBe('FORBIDDEN');
  });

  it('rotates the floor between the sides, starting after the side that spoke last', async () => {
    const { cast, sessionId } = await liveSession();
    const raise = async (token: string) => (await joinRoom(t, token, sessionId, sockets)).send('hand:raise', { sessionId, kind: 'NORMAL', clientId: randomUUID() });
    await raise(cast.workers.lead.token);
    await raise(cast.workers.member.token);
    await raise(cast.government.lead.token);
    await raise(cast.employers.lead.token);
    const queue = (await state(cast.observer.token, sessionId)).queue.map((entry: { hand: { constituency: string } }) => entry.hand.constituency);
    expect(queue).toEqual(['GOVERNMENT', 'EMPLOYERS', 'WORKERS', 'WORKERS']);
  });

  it('raises a hand once when the same action is retried after a reconnect', async () => {
    const { cast, sessionId } = await liveSession();
    const delegate = await joinRoom(t, cast.government.member.token, sessionId, sockets);
    const clientId = randomUUID();
    const first = await delegate.send('hand:raise', { sessionId, kind: 'NORMAL', clientId });
    const again = await delegate.send('hand:raise', { sessionId, kind: 'NORMAL', clientId });
    expect(again).toEqual({ ok: true, seq: first.seq });
    expect((await state(cast.facilitator.token, sessionId)).queue).toHaveLength(1);
  });

  it('puts a point of order ahead of the queue', async () => {
    const { cast, sessionId } = await liveSession();
    await (await joinRoom(t, cast.government.lead.token, sessionId, sockets)).send('hand:raise', { sessionId, kind: 'NORMAL', clientId: randomUUID() });
    await (await joinRoom(t, cast.employers.member.token, sessionId, sockets)).send('hand:raise', { sessionId, kind: 'POINT_OF_ORDER', clientId: randomUUID() });
    const queue = (await state(cast.facilitator.token, sessionId)).queue;
    expect(queue[0].hand).toMatchObject({ kind: 'POINT_OF_ORDER', constituency: 'EMPLOYERS' });
  });

  it('gives the floor with a server-side deadline, and records the intervention when taken back', async () => {
    const { cast, sessionId, facilitator } = await liveSession();
    await (await joinRoom(t, cast.workers.lead.token, sessionId, sockets)).send('hand:raise', { sessionId, kind: 'NORMAL', clientId: randomUUID() });
    expect((await facilitator.send('floor:give', { sessionId })).ok).toBe(true);
    const during = await state(cast.observer.token, sessionId);
    expect(new Date(during.floor.deadline).getTime() - new Date(during.floor.since).getTime()).toBe(120_000);
    expect((await facilitator.send('floor:take', { sessionId, summary: 'Opposes the three-year term' })).ok).toBe(true);
    const after = await state(cast.observer.token, sessionId);
    expect(after.floor).toBeNull();
    expect(after.interventions).toEqual([expect.objectContaining({ constituency: 'WORKERS' })]);
  });

  it('tells every client of every change, in sequence', async () => {
    const { cast, sessionId, facilitator } = await liveSession();
    const observer = await joinRoom(t, cast.observer.token, sessionId, sockets);
    const delegate = await joinRoom(t, cast.employers.lead.token, sessionId, sockets);
    await delegate.send('hand:raise', { sessionId, kind: 'NORMAL', clientId: randomUUID() });
    const given = await facilitator.send('floor:give', { sessionId });
    await until(() => [observer, delegate].every((client) => client.changes.at(-1)?.seq === given.seq));
    const seqs = observer.changes.map((change) => change.seq);
    expect(seqs.length).toBeGreaterThanOrEqual(3);
    expect(seqs).toEqual(seqs.map((_, i) => seqs[0] + i));
    expect(delegate.changes.at(-1)).toEqual(observer.changes.at(-1));
    expect((await state(cast.observer.token, sessionId)).seq).toBe(seqs.at(-1));
  });

  it('lets observers watch but not raise a hand', async () => {
    const { cast, sessionId } = await liveSession();
    const observer = await joinRoom(t, cast.observer.token, sessionId, sockets);
    const reply = await observer.send('hand:raise', { sessionId, kind: 'NORMAL', clientId: randomUUID() });
    expect(reply).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
  });

  it('keeps people outside the dossier out of the room', async () => {
    const { cast, sessionId } = await buildSession(t);
    await expect(joinRoom(t, cast.outsider.token, sessionId, sockets)).rejects.toThrow(/NOT_FOUND/);
  });

  it('lets only a lead declare the side’s stance, in a consensus check', async () => {
    const { cast, sessionId } = await liveSession('CONSENSUS_CHECK');
    const member = await joinRoom(t, cast.workers.member.token, sessionId, sockets);
    expect((await member.send('stance:declare', { sessionId, stance: 'AGREE' })).error?.code).toBe('FORBIDDEN');
    const lead = await joinRoom(t, cast.workers.lead.token, sessionId, sockets);
    expect((await lead.send('stance:declare', { sessionId, stance: 'AGREE_WITH_RESERVATION' })).error?.code).toBe('BAD_USER_INPUT');
    expect((await lead.send('stance:declare', { sessionId, stance: 'AGREE_WITH_RESERVATION', reservation: 'Two years, not three' })).ok).toBe(true);
    const stances = (await state(cast.facilitator.token, sessionId)).agenda[0].stances;
    expect(stances).toEqual([{ constituency: 'WORKERS', stance: 'AGREE_WITH_RESERVATION', reservation: 'Two years, not three' }]);
  });

  it('records an item’s outcome, audited and visible on the dossier', async () => {
    const { cast, sessionId, facilitator, agenda } = await liveSession('CONSENSUS_CHECK');
    const reply = await facilitator.send('outcome:record', { sessionId, agendaItemId: agenda[0].id, outcome: 'CONSENSUS_WITH_RESERVATIONS', reservations: { WORKERS: 'Two years' }, note: '' });
    expect(reply.ok).toBe(true);
    const dossier = await t.gql('query($id: ID!) { dossier(id: $id) { outcomes { outcome reservations { WORKERS } } } }', { id: cast.dossierId }, cast.employers.member.token);
    expect(dossier.data?.dossier.outcomes).toEqual([{ outcome: 'CONSENSUS_WITH_RESERVATIONS', reservations: { WORKERS: 'Two years' } }]);
    expect(await t.app.get(AuditService).verify()).toBeNull();
  });

  it('lets only the facilitator run the room, and audits a reordered queue', async () => {
    const { cast, sessionId, facilitator } = await liveSession();
    const g = await joinRoom(t, cast.government.lead.token, sessionId, sockets);
    const w = await joinRoom(t, cast.workers.lead.token, sessionId, sockets);
    await g.send('hand:raise', { sessionId, kind: 'NORMAL', clientId: randomUUID() });
    await w.send('hand:raise', { sessionId, kind: 'NORMAL', clientId: randomUUID() });
    expect((await w.send('floor:give', { sessionId })).error?.code).toBe('FORBIDDEN');
    const queue = (await state(cast.facilitator.token, sessionId)).queue.map((entry: { hand: { id: string } }) => entry.hand.id);
    expect((await facilitator.send('queue:reorder', { sessionId, handIds: [...queue].reverse() })).ok).toBe(true);
    const reordered = (await state(cast.facilitator.token, sessionId)).queue.map((entry: { hand: { id: string } }) => entry.hand.id);
    expect(reordered).toEqual([...queue].reverse());
    const [event] = await t.dataSource.query(`SELECT action FROM audit_event WHERE subject_id = $1 ORDER BY seq DESC LIMIT 1`, [sessionId]);
    expect(event.action).toBe('session.override.queue-reordered');
  });

  it('records attendance on joining and leaving', async () => {
    const { cast, sessionId } = await liveSession();
    const delegate = await joinRoom(t, cast.government.member.token, sessionId, sockets);
    delegate.socket.disconnect();
    await settle(300);
    const attendance = (await state(cast.facilitator.token, sessionId)).attendance;
    expect(attendance).toContainEqual({ userId: cast.government.member.user.id, leftAt: expect.any(String) });
  });

  it('handles one socket’s events in the order they came: a leave sent just before a join does not undo it', async () => {
    const { cast, sessionId } = await liveSession();
    const delegate = await joinRoom(t, cast.government.member.token, sessionId, sockets);
    delegate.socket.emit('session:leave', { sessionId });
    expect((await delegate.send('session:join', { sessionId })).ok).toBe(true);
    await settle(200);
    const mine = (await state(cast.facilitator.token, sessionId)).attendance.filter((a: { userId: string }) => a.userId === cast.government.member.user.id);
    expect(mine.at(-1)).toEqual({ userId: cast.government.member.user.id, leftAt: null });
  });
});
