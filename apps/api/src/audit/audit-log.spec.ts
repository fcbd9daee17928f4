import { buildDossierWithCast } from '../../test/dossier-factories';
import { SAMPLE_DRAFT, uploadDraft } from '../../test/draft-factories';
import { buildOrganization, buildSignedInUser } from '../../test/factories';
import { startTestApp, type TestApp } from '../../test/test-app';

const ACTIVITY = `query($id: ID!, $first: Int, $before: String) {
  dossierActivity(dossierId: $id, first: $first, before: $before) { hasMore events { seq chainSeq action audience side data actor { id } } }
}`;
const PROPOSE = `mutation($input: AddDelegationMemberInput!) { proposeDelegationMember(input: $input) { request { id } } }`;

type Cast = Awaited<ReturnType<typeof buildDossierWithCast>>;

describe('a dossier’s activity log', () => {
  let t: TestApp;
  beforeAll(async () => (t = await startTestApp()));
  afterAll(() => t.close());

  const actions = async (cast: Cast, token: string) => {
    const result = await t.gql(ACTIVITY, { id: cast.dossierId }, token);
    if (!result.data) throw new Error(JSON.stringify(result.errors));
    return (result.data.dossierActivity.events as Array<{ action: string }>).map((event) => event.action);
  };
  const exportComments = (cast: Cast, token: string) => fetch(`${t.url}/api/dossiers/${cast.dossierId}/comments.csv`, { headers: { authorization: `Bearer ${token}` } });
  const proposeWorker = async (cast: Cast) => {
    const union = await buildOrganization(t.dataSource, { kind: 'WORKERS', countryCode: 'FR' });
    const candidate = await buildSignedInUser(t, { organization: union });
    const result = await t.gql(PROPOSE, { input: { dossierId: cast.dossierId, constituency: 'WORKERS', userId: candidate.user.id, lead: false } }, cast.facilitator.token);
    return result.data!.proposeDelegationMember.request.id as string;
  };

  it('shows everyone seated the dossier’s public acts, newest first, with who acted', async () => {
    const cast = await buildDossierWithCast(t);
    await uploadDraft(t, cast.facilitator.token, cast.dossierId, SAMPLE_DRAFT);
    const result = await t.gql(ACTIVITY, { id: cast.dossierId }, cast.observer.token);
    expect(result.data!.dossierActivity.events.map((e: { action: string }) => e.action)).toEqual(['draft.made_available', 'draft.imported', 'dossier.created']);
    expect(result.data!.dossierActivity.events[2].actor).toEqual({ id: cast.facilitator.user.id });
  });

  it('records to whom a draft was made available, per side, in the import’s transaction', async () => {
    const cast = await buildDossierWithCast(t);
    await uploadDraft(t, cast.facilitator.token, cast.dossierId, SAMPLE_DRAFT);
    const events = await t.dataSource.query(`SELECT action, subject_id, xmin::text AS tx, data FROM audit_event WHERE chain = $1 AND action LIKE 'draft.%' ORDER BY chain_seq`, [cast.dossierId]);
    expect(events.map((e: { action: string }) => e.action)).toEqual(['draft.imported', 'draft.made_available']);
    expect(events[1].subject_id).toBe(events[0].subject_id);
    expect(events[1].tx).toBe(events[0].tx);
    expect(events[1].data).toEqual({ version: 1, to: { EMPLOYERS: 2, GOVERNMENT: 2, OTHERS: 2, WORKERS: 2 } });
  });

  it('shows a delegate’s comment export to their delegation only', async () => {
    const cast = await buildDossierWithCast(t);
    expect((await exportComments(cast, cast.workers.lead.token)).status).toBe(200);
    const [event] = await t.dataSource.query(`SELECT audience, data FROM audit_event WHERE chain = $1 AND action = 'comments.exported'`, [cast.dossierId]);
    expect(event).toEqual({ audience: 'DELEGATION', data: { format: 'csv', comments: 0, delegationComments: 0 } });
    expect(await actions(cast, cast.workers.member.token)).toContain('comments.exported');
    expect(await actions(cast, cast.employers.lead.token)).not.toContain('comments.exported');
    expect(await actions(cast, cast.facilitator.token)).not.toContain('comments.exported');
  });

  it('shows a facilitator’s comment export to those who manage the dossier, not to the delegations', async () => {
    const cast = await buildDossierWithCast(t);
    await exportComments(cast, cast.facilitator.token);
    expect(await actions(cast, cast.facilitator.token)).toContain('comments.exported');
    expect(await actions(cast, cast.workers.lead.token)).not.toContain('comments.exported');
  });

  it('shows a membership proposal and its decline to that delegation and those who manage the dossier', async () => {
    const cast = await buildDossierWithCast(t);
    const requestId = await proposeWorker(cast);
    await t.gql('mutation($id: ID!) { declineDelegationRequest(requestId: $id) }', { id: requestId }, cast.workers.lead.token);
    const private_ = ['delegation.member.declined', 'delegation.member.proposed'];
    expect(await actions(cast, cast.workers.member.token)).toEqual(expect.arrayContaining(private_));
    expect(await actions(cast, cast.facilitator.token)).toEqual(expect.arrayContaining(private_));
    const employers = await actions(cast, cast.employers.lead.token);
    expect(employers.filter((action) => private_.includes(action))).toEqual([]);
    const sides = (await t.gql(ACTIVITY, { id: cast.dossierId }, cast.workers.member.token)).data!.dossierActivity.events.map((e: { side: string | null }) => e.side);
    expect(sides.slice(0, 2)).toEqual(['WORKERS', 'WORKERS']);
  });

  it('pages back through older events', async () => {
    const cast = await buildDossierWithCast(t);
    await uploadDraft(t, cast.facilitator.token, cast.dossierId, SAMPLE_DRAFT);
    const first = (await t.gql(ACTIVITY, { id: cast.dossierId, first: 2 }, cast.observer.token)).data!.dossierActivity;
    expect(first.hasMore).toBe(true);
    const next = (await t.gql(ACTIVITY, { id: cast.dossierId, first: 2, before: first.events[1].chainSeq }, cast.observer.token)).data!.dossierActivity;
    expect({ hasMore: next.hasMore, actions: next.events.map((e: { action: string }) => e.action) }).toEqual({ hasMore: false, actions: ['dossier.created'] });
  });

  it('is not found for someone outside the dossier, and refuses a page out of range', async () => {
    const cast = await buildDossierWithCast(t);
    expect((await t.gql(ACTIVITY, { id: cast.dossierId }, cast.outsider.token)).errors?.[0].extensions.code).toBe('NOT_FOUND');
    expect((await t.gql(ACTIVITY, { id: cast.dossierId, first: 5000 }, cast.observer.token)).errors?.[0].extensions.code).toBe('BAD_USER_INPUT');
  });
});

describe('the administrators’ audit verification', () => {
  let t: TestApp;
  beforeAll(async () => (t = await startTestApp()));
  afterAll(() => t.close());
  const VERIFY = `{ auditVerification { events brokenChains chains { chain dossierTitle events broken { reason seq action } } } }`;

  it('verifies every chain for an administrator, and names a broken one’s first broken event', async () => {
    const cast = await buildDossierWithCast(t);
    const admin = await buildSignedInUser(t, { role: 'ADMIN' });
    const intact = (await t.gql(VERIFY, {}, admin.token)).data!.auditVerification;
    expect(intact.brokenChains).toBe(0);
    expect(intact.chains).toContainEqual({ chain: cast.dossierId, dossierTitle: 'Réforme du code du travail', events: 1, broken: null });
    const [[{ seq }]] = await t.dataSource.query(`UPDATE audit_event SET actor_id = NULL WHERE chain = $1 RETURNING seq::text`, [cast.dossierId]);
    const broken = (await t.gql(VERIFY, {}, admin.token)).data!.auditVerification;
    expect(broken.brokenChains).toBe(1);
    expect(broken.chains[0]).toEqual({ chain: cast.dossierId, dossierTitle: 'Réforme du code du travail', events: 1, broken: { reason: 'ALTERED', seq, action: 'dossier.created' } });
  });

  it('is forbidden to anyone else', async () => {
    const cast = await buildDossierWithCast(t);
    expect((await t.gql(VERIFY, {}, cast.facilitator.token)).errors?.[0].extensions.code).toBe('FORBIDDEN');
  });
});
