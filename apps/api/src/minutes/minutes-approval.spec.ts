import { createHash } from 'node:crypto';
import { canonicalJson } from '@tripart/contracts';
import { ADDENDUM, buildClosedSession, DECIDE, generateMinutes, SAVE, SEND, SESSION_MINUTES } from '../../test/minutes-factories';
import { useTestApp } from '../../test/use-test-app';

/** Minutes are approved by each side's lead and the chair on one revision, then sealed; sealed minutes never change. */
describe('approving and sealing minutes', () => {
  const t = useTestApp();

  async function sent() {
    const session = await buildClosedSession(t, t.sockets);
    const { cast } = session;
    const minutesId = await generateMinutes(t, cast.facilitator.token, session.sessionId);
    await t.gql(SAVE, { minutesId, narrative: { opening: 'The chair opened the session at ten.' } }, cast.facilitator.token);
    const result = await t.gql(SEND, { minutesId }, cast.facilitator.token);
    expect(result.errors).toBeUndefined();
    const decide = async (token: string, decision = 'APPROVED', comment = '', revision = 1) => t.gql(DECIDE, { minutesId, revision, decision, comment }, token);
    return { ...session, minutesId, decide };
  }
  const approveAll = async ({ cast, decide }: Awaited<ReturnType<typeof sent>>, revision = 1) => {
    let last;
    for (const token of [cast.government.lead.token, cast.employers.lead.token, cast.workers.lead.token, cast.facilitator.token]) last = await decide(token, 'APPROVED', '', revision);
    return last!.data!.decideOnMinutes[0];
  };

  it('record each lead’s decision for the side, visible to everyone seated', async () => {
    const { cast, decide, sessionId } = await sent();
    await decide(cast.workers.lead.token);
    const seen = await t.gql(SESSION_MINUTES, { sessionId }, cast.observer.token);
    expect(seen.data!.sessionMinutes[0]).toMatchObject({ state: 'SENT', revisions: [{ number: 1, approvals: [{ signatory: 'WORKERS', decision: 'APPROVED', decidedBy: cast.workers.lead.user.displayName }] }] });
  });

  it('refuse a decision from a member who is not a lead, and from an observer', async () => {
    const { cast, decide } = await sent();
    expect((await decide(cast.workers.member.token)).errors?.[0]).toMatchObject({ extensions: { code: 'FORBIDDEN' } });
    expect((await decide(cast.observer.token)).errors?.[0]).toMatchObject({ extensions: { code: 'FORBIDDEN' } });
  });

  it('tell an outsider the minutes do not exist', async () => {
    const { cast, decide } = await sent();
    expect((await decide(cast.outsider.token)).errors?.[0]).toMatchObject({ extensions: { code: 'NOT_FOUND' }, message: 'The minutes record was not found.' });
  });

  it('are sealed when the three leads and the chair approved the same revision: the hash of its canonical content, in the audit chain', async () => {
    const session = await sent();
    const minutes = await approveAll(session);
    const [revision] = minutes.revisions;
    const [stored] = await t.dataSource.query('SELECT content FROM minutes_revision WHERE minutes_id = $1', [session.minutesId]);
    const expected = createHash('sha256').update(canonicalJson(stored.content)).digest('hex');
    expect(minutes).toMatchObject({ state: 'SEALED', sealedRevision: 1, sealHash: expected });
    expect(revision.contentHash).toBe(expected);
    const [event] = await t.dataSource.query(`SELECT seq, data FROM audit_event WHERE action = 'minutes.sealed' AND subject_id = $1`, [session.minutesId]);
    expect(event.data).toMatchObject({ sealHash: expected, revision: 1 });
    expect(String(event.seq)).toBe(minutes.sealEventSeq);
  });

  it('are not sealed while a side asks for changes', async () => {
    const { cast, decide } = await sent();
    await decide(cast.government.lead.token);
    await decide(cast.employers.lead.token);
    await decide(cast.workers.lead.token, 'CHANGES_REQUESTED', 'Say that we asked for two years.');
    const last = await decide(cast.facilitator.token);
    expect(last.data!.decideOnMinutes[0]).toMatchObject({ state: 'SENT', sealHash: null });
  });

  it('ask for a comment with a request for changes', async () => {
    const { cast, decide } = await sent();
    expect((await decide(cast.workers.lead.token, 'CHANGES_REQUESTED', '  ')).errors?.[0]).toMatchObject({ extensions: { code: 'BAD_USER_INPUT' } });
  });

  it('revised after a request for changes become revision 2, which needs every approval again', async () => {
    const session = await sent();
    const { cast, decide, minutesId } = session;
    await decide(cast.government.lead.token);
    await decide(cast.workers.lead.token, 'CHANGES_REQUESTED', 'Say that we asked for two years.');
    const revised = await t.gql(SAVE, { minutesId, narrative: { closing: 'The workers asked for two years.' } }, cast.facilitator.token);
    const revisions = revised.data!.saveMinutesNarrative[0].revisions;
    expect(revisions.map((revision: { number: number; content: { closing: string } }) => [revision.number, revision.content.closing])).toEqual([[1, ''], [2, 'The workers asked for two years.']]);
    expect((await decide(cast.employers.lead.token)).errors?.[0].message).toMatch(/not been sent/);
    await t.gql(SEND, { minutesId }, cast.facilitator.token);
    expect((await decide(cast.employers.lead.token, 'APPROVED', '', 1)).errors?.[0].message).toMatch(/read revision 2/);
    expect((await approveAll(session, 2)).state).toBe('SEALED');
  });

  it('keep a sent revision as it was sent: a save after sending makes the next one', async () => {
    const { cast, minutesId, sessionId } = await sent();
    await t.gql(SAVE, { minutesId, narrative: { opening: 'Changed after sending.' } }, cast.facilitator.token);
    const [minutes] = (await t.gql(SESSION_MINUTES, { sessionId }, cast.facilitator.token)).data!.sessionMinutes;
    expect(minutes.revisions.map((revision: { content: { opening: string } }) => revision.content.opening)).toEqual(['The chair opened the session at ten.', 'Changed after sending.']);
  });

  it('refuse every change once sealed, saying an addendum can follow', async () => {
    const session = await sent();
    await approveAll(session);
    const { cast, minutesId, decide } = session;
    const refusals = [
      await t.gql(SAVE, { minutesId, narrative: { opening: 'Rewritten' } }, cast.facilitator.token),
      await t.gql(SEND, { minutesId }, cast.facilitator.token),
      await decide(cast.workers.lead.token, 'CHANGES_REQUESTED', 'Too late'),
    ];
    for (const refusal of refusals) expect(refusal.errors?.[0]).toMatchObject({ extensions: { code: 'CONFLICT', reason: 'MINUTES_SEALED' } });
    const [{ count }] = await t.dataSource.query('SELECT count(*)::int AS count FROM minutes_revision WHERE minutes_id = $1', [minutesId]);
    expect(count).toBe(1);
  });

  it('take an addendum once sealed, itself a draft to send, approve and seal', async () => {
    const session = await sent();
    await approveAll(session);
    const { cast, minutesId, sessionId } = session;
    const added = await t.gql(ADDENDUM, { minutesId, text: 'The employers’ name was misspelt.' }, cast.facilitator.token);
    expect(added.errors).toBeUndefined();
    const [main, addendum] = added.data!.addMinutesAddendum;
    expect(main.state).toBe('SEALED');
    expect(addendum).toMatchObject({ kind: 'ADDENDUM', addendumToId: minutesId, state: 'DRAFT', revisions: [{ number: 1, content: { kind: 'ADDENDUM', opening: 'The employers’ name was misspelt.' } }] });
    await t.gql(SEND, { minutesId: addendum.id }, cast.facilitator.token);
    for (const token of [cast.government.lead.token, cast.employers.lead.token, cast.workers.lead.token, cast.facilitator.token]) await t.gql(DECIDE, { minutesId: addendum.id, revision: 1, decision: 'APPROVED' }, token);
    const [, sealed] = (await t.gql(SESSION_MINUTES, { sessionId }, cast.observer.token)).data!.sessionMinutes;
    expect(sealed).toMatchObject({ kind: 'ADDENDUM', state: 'SEALED' });
  });

  it('take no addendum before the seal', async () => {
    const { cast, minutesId } = await sent();
    expect((await t.gql(ADDENDUM, { minutesId, text: 'Early' }, cast.facilitator.token)).errors?.[0]).toMatchObject({ extensions: { code: 'CONFLICT' } });
  });
});
