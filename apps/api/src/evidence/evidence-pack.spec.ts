import { DECIDE, generateMinutes, holdSession, SEND } from '../../test/minutes-factories';
import { buildContributedDossier } from '../../test/response-factories';
import { scheduleSessionOn } from '../../test/session-factories';
import { buildOrganization, buildSignedInUser } from '../../test/factories';
import { useTestApp } from '../../test/use-test-app';

const PACK = `query($id: ID!) { evidencePack(dossierId: $id) {
  dossierTitle country generatedAt upToEvent openedAt openedEvent contributions
  invitations { at event person organization constituency role lead }
  drafts { at event version to { side people } }
  sessions { title at event closedAt closedEvent attendance { side people } draftVersion daysAfterDraft }
  submissions { at event constituency number draftVersion }
  outcomes { at event item session outcome }
  responses { at event provision constituency verdict }
  sealedMinutes { at event session kind revision sealHash }
} }`;
const RESPOND = `mutation($input: RespondToContributionInput!) { respondToContribution(input: $input) { id } }`;
const ADD_MEMBER = `mutation($input: AddDelegationMemberInput!) { addDelegationMember(input: $input) { id } }`;
const ADD_PARTICIPANT = `mutation($input: AddParticipantInput!) { addParticipant(input: $input) { id } }`;
const ADD_COMMENT = `mutation($input: AddCommentInput!) { addComment(input: $input) { id } }`;

/** The C144 evidence pack: generated from the audit trail, each fact traced to its event. */
describe('the evidence pack of a dossier', () => {
  const t = useTestApp();

  /** A dossier consulted from end to end: contributions submitted, one answered, a session held and its minutes sealed. */
  async function consulted() {
    const built = await buildContributedDossier(t);
    const { cast, provision } = built;
    await t.gql(RESPOND, { input: { dossierId: cast.dossierId, submissionId: built.workersSubmission, provisionId: provision('Article 3'), verdict: 'ACCEPTED', reasons: 'Two years it is.', record: true } }, cast.government.lead.token);
    const organization = await buildOrganization(t.dataSource, { kind: 'WORKERS', countryCode: 'FR' });
    const newcomer = await buildSignedInUser(t, { organization });
    const observer = await buildSignedInUser(t);
    const seated = await t.gql(ADD_MEMBER, { input: { dossierId: cast.dossierId, constituency: 'WORKERS', userId: newcomer.user.id } }, cast.workers.lead.token);
    expect(seated.errors).toBeUndefined();
    await t.gql(ADD_PARTICIPANT, { input: { dossierId: cast.dossierId, role: 'OBSERVER', userId: observer.user.id } }, cast.facilitator.token);
    await t.gql(ADD_COMMENT, { input: { provisionId: provision('Article 1'), body: 'Our private tactic: concede on Article 2.', visibility: 'DELEGATION' } }, cast.workers.lead.token);
    const scheduled = await scheduleSessionOn(t, cast);
    await holdSession(t, t.sockets, scheduled, { reopen: 'A second look' });
    const minutesId = await generateMinutes(t, cast.facilitator.token, scheduled.sessionId);
    await t.gql(SEND, { minutesId }, cast.facilitator.token);
    for (const who of [cast.government.lead, cast.employers.lead, cast.workers.lead, cast.facilitator]) await t.gql(DECIDE, { minutesId, revision: 1, decision: 'APPROVED' }, who.token);
    const result = await t.gql(PACK, { id: cast.dossierId }, cast.observer.token);
    expect(result.errors).toBeUndefined();
    return { ...built, minutesId, newcomer, organization, observer, pack: result.data!.evidencePack };
  }

  it('names everyone seated through the dossier, with their side, organization and when', async () => {
    const { pack, newcomer, organization, observer } = await consulted();
    expect(pack.invitations).toEqual([
      expect.objectContaining({ person: newcomer.user.displayName, organization: organization.name, constituency: 'WORKERS', lead: false, role: 'DELEGATE' }),
      expect.objectContaining({ person: observer.user.displayName, constituency: null, role: 'OBSERVER' }),
    ]);
  });

  it('says to whom each draft version was made available, and how many days before the session it was', async () => {
    const { pack } = await consulted();
    expect(pack.drafts).toEqual([expect.objectContaining({ version: 1, to: expect.arrayContaining([{ side: 'WORKERS', people: 2 }]) })]);
    expect(pack.sessions).toEqual([expect.objectContaining({ title: 'First session', draftVersion: 1, daysAfterDraft: 0, closedAt: expect.any(String) })]);
  });

  it('counts who attended each session, per side', async () => {
    const { pack } = await consulted();
    expect(pack.sessions[0].attendance).toEqual([
      { side: 'GOVERNMENT', people: 1 },
      { side: 'EMPLOYERS', people: 2 },
      { side: 'WORKERS', people: 1 },
      { side: 'OTHERS', people: 2 },
    ]);
  });

  it('lists the submissions per side, each item’s standing outcome (a reopened one superseded), the responses and the sealed minutes', async () => {
    const { pack, minutesId } = await consulted();
    expect(pack.submissions.map((s: { constituency: string; number: number }) => [s.constituency, s.number])).toEqual([['WORKERS', 1], ['EMPLOYERS', 1], ['GOVERNMENT', 1]]);
    expect(pack.outcomes.map((o: { outcome: string }) => o.outcome)).toEqual(['CONSENSUS', 'DEFERRED']);
    expect(pack.responses).toEqual([expect.objectContaining({ provision: expect.stringMatching(/^Article 3/), constituency: 'WORKERS', verdict: 'ACCEPTED' })]);
    expect(pack.contributions).toBe(3);
    const [{ seal_hash: sealHash }] = await t.dataSource.query('SELECT seal_hash FROM minutes WHERE id = $1', [minutesId]);
    expect(pack.sealedMinutes).toEqual([expect.objectContaining({ session: 'First session', kind: 'MINUTES', revision: 1, sealHash })]);
  });

  it('traces every fact it states to an event of the dossier’s audit chain, of the act it states', async () => {
    const { pack, cast } = await consulted();
    const events: Array<{ chain_seq: string; action: string }> = await t.dataSource.query('SELECT chain_seq::text, action FROM audit_event WHERE chain = $1', [cast.dossierId]);
    const actionOf = new Map(events.map((event) => [event.chain_seq, event.action]));
    const stated = [
      ...pack.invitations.map((fact: { event: string }) => [fact.event, 'participant.added']),
      ...pack.drafts.map((fact: { event: string }) => [fact.event, 'draft.made_available']),
      ...pack.sessions.flatMap((fact: { event: string; closedEvent: string }) => [[fact.event, 'session.live'], [fact.closedEvent, 'session.closed']]),
      ...pack.submissions.map((fact: { event: string }) => [fact.event, 'position.submitted']),
      ...pack.outcomes.map((fact: { event: string }) => [fact.event, 'outcome.recorded']),
      ...pack.responses.map((fact: { event: string }) => [fact.event, 'response.recorded']),
      ...pack.sealedMinutes.map((fact: { event: string }) => [fact.event, 'minutes.sealed']),
      [pack.openedEvent, 'dossier.created'],
    ];
    expect(stated.map(([event]) => [event, actionOf.get(event)])).toEqual(stated);
    expect(Number(pack.upToEvent)).toBe(events.length);
  });

  it('holds nothing a delegation keeps to itself', async () => {
    const { pack } = await consulted();
    expect(JSON.stringify(pack)).not.toContain('private tactic');
  });

  it('is not found by an outsider', async () => {
    const { cast } = await buildContributedDossier(t);
    const result = await t.gql(PACK, { id: cast.dossierId }, cast.outsider.token);
    expect(result.errors?.[0]).toMatchObject({ extensions: { code: 'NOT_FOUND' }, message: 'The dossier was not found.' });
  });
});
