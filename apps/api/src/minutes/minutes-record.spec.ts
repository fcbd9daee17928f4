import { buildClosedSession, GENERATE, SESSION_MINUTES } from '../../test/minutes-factories';
import { buildSession } from '../../test/session-factories';
import { useTestApp } from '../../test/use-test-app';

/** Minutes are generated from the session's record, never typed from scratch. */
describe('minutes generated from a session’s record', () => {
  const t = useTestApp();

  async function generated() {
    const session = await buildClosedSession(t, t.sockets);
    const result = await t.gql(GENERATE, { sessionId: session.sessionId }, session.cast.facilitator.token);
    expect(result.errors).toBeUndefined();
    return { ...session, minutes: result.data!.generateMinutes[0] };
  }

  it('start as revision 1, a draft of the chair, with the session’s title and chair', async () => {
    const { minutes, cast } = await generated();
    expect(minutes).toMatchObject({ kind: 'MINUTES', state: 'DRAFT', canDraft: true, mySignatory: 'FACILITATOR', sealHash: null });
    expect(minutes.revisions.map((revision: { number: number; sentAt: string | null }) => [revision.number, revision.sentAt])).toEqual([[1, null]]);
    expect(minutes.revisions[0].content.session).toMatchObject({ title: 'First session', chairs: [cast.facilitator.user.displayName] });
  });

  it('list who attended for which side, the observer marked present in the room', async () => {
    const { minutes, cast } = await generated();
    const attendance = minutes.revisions[0].content.attendance;
    const sideOf = (name: string) => attendance.find((person: { name: string }) => person.name === name);
    expect(sideOf(cast.workers.lead.user.displayName)).toMatchObject({ constituency: 'WORKERS', role: 'DELEGATE' });
    expect(sideOf(cast.employers.member.user.displayName)).toMatchObject({ constituency: 'EMPLOYERS', role: 'DELEGATE' });
    expect(sideOf(cast.facilitator.user.displayName)).toMatchObject({ constituency: null, role: 'FACILITATOR' });
    expect(sideOf(cast.observer.user.displayName)).toMatchObject({ role: 'OBSERVER', stretches: [expect.objectContaining({ inRoom: true })] });
    expect(sideOf(cast.government.member.user.displayName)).toBeUndefined();
  });

  it('hold each item’s interventions with their summaries, a point of order marked as one', async () => {
    const { minutes, cast } = await generated();
    const [first] = minutes.revisions[0].content.items;
    expect(first.interventions).toEqual([
      expect.objectContaining({ speaker: cast.workers.lead.user.displayName, constituency: 'WORKERS', kind: 'NORMAL', summary: 'Asks for a two-year transition.' }),
      expect.objectContaining({ speaker: cast.employers.member.user.displayName, constituency: 'EMPLOYERS', kind: 'POINT_OF_ORDER', summary: 'The quorum is not met.' }),
    ]);
  });

  it('hold the stances declared, the outcome with its agreed text and the side’s reservation, and the deferred item', async () => {
    const { minutes } = await generated();
    const [first, second] = minutes.revisions[0].content.items;
    expect(first.stances.map((stance: { constituency: string; stance: string }) => [stance.constituency, stance.stance])).toEqual([
      ['GOVERNMENT', 'AGREE'],
      ['EMPLOYERS', 'AGREE'],
      ['WORKERS', 'AGREE_WITH_RESERVATION'],
    ]);
    expect(first.outcome).toMatchObject({ outcome: 'CONSENSUS_WITH_RESERVATIONS', note: 'Agreed as drafted', reservations: { WORKERS: 'Two years', GOVERNMENT: null } });
    expect(first.outcome.agreedText).toEqual(expect.stringContaining(' '));
    expect(second.outcome).toMatchObject({ outcome: 'DEFERRED', note: 'To the next session', agreedText: null });
  });

  it('show an item the chair reopened: who, why, and the outcome withdrawn, beside the outcome recorded after', async () => {
    const session = await buildClosedSession(t, t.sockets, { reopen: 'The workers found a typo.' });
    const result = await t.gql(GENERATE, { sessionId: session.sessionId }, session.cast.facilitator.token);
    const [first, second] = result.data!.generateMinutes[0].revisions[0].content.items;
    expect(first.reopenings).toEqual([{ by: session.cast.facilitator.user.displayName, reason: 'The workers found a typo.', outcome: 'CONSENSUS_WITH_RESERVATIONS' }]);
    expect(first.outcome).toMatchObject({ outcome: 'CONSENSUS', note: 'Agreed after a second look' });
    expect(second.reopenings).toEqual([]);
  });

  it('are generated once the session is closed, not before', async () => {
    const { cast, sessionId } = await buildSession(t);
    const result = await t.gql(GENERATE, { sessionId }, cast.facilitator.token);
    expect(result.errors?.[0]).toMatchObject({ extensions: { code: 'CONFLICT' }, message: expect.stringContaining('close the session first') });
  });

  it('are generated once per session', async () => {
    const { cast, sessionId } = await generated();
    const again = await t.gql(GENERATE, { sessionId }, cast.facilitator.token);
    expect(again.errors?.[0]).toMatchObject({ extensions: { code: 'CONFLICT' } });
  });

  it('are generated by the chair only: a lead is refused, an outsider told the session does not exist', async () => {
    const { cast, sessionId } = await buildClosedSession(t, t.sockets);
    expect((await t.gql(GENERATE, { sessionId }, cast.workers.lead.token)).errors?.[0]).toMatchObject({ extensions: { code: 'FORBIDDEN' } });
    const outsider = await t.gql(GENERATE, { sessionId }, cast.outsider.token);
    expect(outsider.errors?.[0]).toMatchObject({ extensions: { code: 'NOT_FOUND' }, message: 'The session was not found.' });
  });

  it('are read by everyone seated, each told for whom they approve; an outsider is told the session does not exist', async () => {
    const { cast, sessionId } = await generated();
    const read = async (token: string) => (await t.gql(SESSION_MINUTES, { sessionId }, token)).data?.sessionMinutes[0];
    expect(await read(cast.employers.lead.token)).toMatchObject({ mySignatory: 'EMPLOYERS', canDraft: false });
    expect(await read(cast.employers.member.token)).toMatchObject({ mySignatory: null, canDraft: false });
    expect(await read(cast.observer.token)).toMatchObject({ mySignatory: null });
    const outsider = await t.gql(SESSION_MINUTES, { sessionId }, cast.outsider.token);
    expect(outsider.errors?.[0]).toMatchObject({ message: 'The session was not found.' });
  });
});
