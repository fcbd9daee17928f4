import type { Socket } from 'socket.io-client';
import type { CaucusMessageEvent } from '@tripart/contracts';
import { buildSession, joinRoom, roomSentinel, settle } from '../../test/session-factories';
import { useTestApp } from '../../test/use-test-app';

describe('a delegation’s caucus channel', () => {
  const t = useTestApp();
  const { sockets } = t;

  /** A live session in a caucus break, the facilitator's socket in the room. */
  async function inCaucus() {
    const built = await buildSession(t);
    const facilitator = await joinRoom(t, built.cast.facilitator.token, built.sessionId, sockets);
    await facilitator.send('session:start', { sessionId: built.sessionId });
    await facilitator.send('round:open', { sessionId: built.sessionId, agendaItemId: built.agenda[0].id, kind: 'CAUCUS_BREAK', caucusMinutes: 10 });
    return { ...built, facilitator };
  }

  const listen = (socket: Socket) => {
    const messages: CaucusMessageEvent[] = [];
    socket.on('caucus:message', (event: CaucusMessageEvent) => messages.push(event));
    return messages;
  };

  it('reaches the delegation’s members, and no one else, live and stored', async () => {
    const { cast, sessionId, facilitator } = await inCaucus();
    const lead = await joinRoom(t, cast.workers.lead.token, sessionId, sockets);
    const member = await joinRoom(t, cast.workers.member.token, sessionId, sockets);
    const others = await Promise.all([cast.employers.lead, cast.government.member, cast.observer, cast.facilitator].map((p) => joinRoom(t, p.token, sessionId, sockets)));
    const heard = listen(member.socket);
    const overheard = others.map((other) => listen(other.socket));
    expect((await lead.send('caucus:say', { sessionId, body: 'We hold at two years.' })).ok).toBe(true);
    await roomSentinel(t, facilitator, sessionId, [member, ...others]);
    expect(heard.map((event) => event.message.body)).toEqual(['We hold at two years.']);
    for (const messages of overheard) expect(messages).toEqual([]);
    const query = 'query($id: ID!) { consultationSession(id: $id) { caucusMessages { body } } }';
    expect((await t.gql(query, { id: sessionId }, cast.workers.member.token)).data?.consultationSession.caucusMessages).toEqual([{ body: 'We hold at two years.' }]);
    expect((await t.gql(query, { id: sessionId }, cast.facilitator.token)).data?.consultationSession.caucusMessages).toEqual([]);
  });

  it('is closed to facilitators and observers', async () => {
    const { cast, sessionId } = await inCaucus();
    const facilitator = await joinRoom(t, cast.facilitator.token, sessionId, sockets);
    expect((await facilitator.send('caucus:say', { sessionId, body: 'Hello' })).error?.code).toBe('FORBIDDEN');
  });

  it('opens only during a caucus break', async () => {
    const { cast, sessionId } = await buildSession(t);
    const lead = await joinRoom(t, cast.workers.lead.token, sessionId, sockets);
    expect((await lead.send('caucus:say', { sessionId, body: 'Too early' })).error?.code).toBe('CONFLICT');
  });

  it('stops reaching a delegate removed from the dossier, at once', async () => {
    const { cast, sessionId } = await inCaucus();
    const lead = await joinRoom(t, cast.workers.lead.token, sessionId, sockets);
    const member = await joinRoom(t, cast.workers.member.token, sessionId, sockets);
    const heard = listen(member.socket);
    const [participant] = await t.dataSource.query('SELECT id FROM participant WHERE user_id = $1', [cast.workers.member.user.id]);
    await t.gql('mutation($id: ID!) { removeParticipant(participantId: $id) }', { id: participant.id }, cast.facilitator.token);
    await lead.send('caucus:say', { sessionId, body: 'After the removal' });
    await settle(300);
    expect(heard).toEqual([]);
  });

  it('lists my upcoming sessions', async () => {
    const { cast, sessionId } = await buildSession(t);
    const result = await t.gql('{ upcomingSessions { id } }', {}, cast.government.member.token);
    expect(result.data?.upcomingSessions).toContainEqual({ id: sessionId });
    expect((await t.gql('{ upcomingSessions { id } }', {}, cast.outsider.token)).data?.upcomingSessions).toEqual([]);
  });
});
