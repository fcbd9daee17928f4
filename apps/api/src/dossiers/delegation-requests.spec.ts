import { buildOrganization, buildSignedInUser } from '../../test/factories';
import { buildDossierWithCast } from '../../test/dossier-factories';
import { startTestApp, type TestApp } from '../../test/test-app';

const PROPOSE = `mutation($input: AddDelegationMemberInput!) { proposeDelegationMember(input: $input) { participant { id isLead } request { id lead } } }`;
const ADD_MEMBER = `mutation($input: AddDelegationMemberInput!) { addDelegationMember(input: $input) { id } }`;
const CONFIRM = `mutation($id: ID!) { confirmDelegationRequest(requestId: $id) { id constituency isLead } }`;
const DECLINE = `mutation($id: ID!) { declineDelegationRequest(requestId: $id) }`;
const REQUESTS = `query($id: ID!) { dossier(id: $id) { delegations { constituency requests { id lead canDecide user { id } requestedBy { id } } } } }`;
const MY_STANDING = `query($id: ID!) { dossier(id: $id) { me { role constituency } } }`;

/** ILO C144 Art. 3: each side chooses its own delegation; nobody outside it seats anyone in it silently. */
describe('delegations chosen by their own side', () => {
  let t: TestApp;
  beforeAll(async () => (t = await startTestApp()));
  afterAll(() => t.close());

  async function setUp() {
    const cast = await buildDossierWithCast(t);
    const union = await buildOrganization(t.dataSource, { kind: 'WORKERS', countryCode: 'FR' });
    const newcomer = await buildSignedInUser(t, { organization: union });
    const input = { dossierId: cast.dossierId, constituency: 'WORKERS', userId: newcomer.user.id };
    return { cast, newcomer, input };
  }

  const workersRequests = async (token: string, dossierId: string) =>
    ((await t.gql(REQUESTS, { id: dossierId }, token)).data?.dossier.delegations as Array<{ constituency: string; requests: Array<{ id: string; canDecide: boolean }> }>).find((d) => d.constituency === 'WORKERS')!.requests;

  it('turns a facilitator’s addition to a delegation that has a lead into a proposal, which gives no access', async () => {
    const { cast, newcomer, input } = await setUp();
    const proposed = await t.gql(PROPOSE, { input }, cast.facilitator.token);
    expect(proposed.data?.proposeDelegationMember).toMatchObject({ participant: null, request: { lead: false } });
    expect((await t.gql(MY_STANDING, { id: cast.dossierId }, newcomer.token)).errors?.[0].extensions.code).toBe('NOT_FOUND');
  });

  it('refuses a facilitator seating someone in such a delegation directly', async () => {
    const { cast, input } = await setUp();
    expect((await t.gql(ADD_MEMBER, { input }, cast.facilitator.token)).errors?.[0].extensions.code).toBe('CONFLICT');
  });

  it('seats the proposed person once a lead of that delegation confirms', async () => {
    const { cast, newcomer, input } = await setUp();
    const { request } = (await t.gql(PROPOSE, { input }, cast.facilitator.token)).data!.proposeDelegationMember;
    const confirmed = await t.gql(CONFIRM, { id: request.id }, cast.workers.lead.token);
    expect(confirmed.data?.confirmDelegationRequest).toMatchObject({ constituency: 'WORKERS', isLead: false });
    expect((await t.gql(MY_STANDING, { id: cast.dossierId }, newcomer.token)).data?.dossier.me).toEqual({ role: 'DELEGATE', constituency: 'WORKERS' });
    const [audited] = await t.dataSource.query(`SELECT data FROM audit_event WHERE action = 'participant.added' AND subject_id = $1`, [newcomer.user.id]);
    expect(audited.data).toMatchObject({ constituency: 'WORKERS', proposedBy: cast.facilitator.user.id });
  });

  it('lets nobody but a lead of that delegation confirm', async () => {
    const { cast, input } = await setUp();
    const { request } = (await t.gql(PROPOSE, { input }, cast.facilitator.token)).data!.proposeDelegationMember;
    for (const token of [cast.facilitator.token, cast.workers.member.token]) {
      expect((await t.gql(CONFIRM, { id: request.id }, token)).errors?.[0].extensions.code).toBe('FORBIDDEN');
    }
    expect((await t.gql(CONFIRM, { id: request.id }, cast.outsider.token)).errors?.[0].extensions.code).toBe('NOT_FOUND');
  });

  it('shows a proposal to the delegation and the facilitators, not to the other sides', async () => {
    const { cast, input } = await setUp();
    await t.gql(PROPOSE, { input }, cast.facilitator.token);
    expect(await workersRequests(cast.workers.member.token, cast.dossierId)).toHaveLength(1);
    expect((await workersRequests(cast.workers.lead.token, cast.dossierId))[0].canDecide).toBe(true);
    expect((await workersRequests(cast.facilitator.token, cast.dossierId))[0].canDecide).toBe(false);
    expect(await workersRequests(cast.employers.lead.token, cast.dossierId)).toEqual([]);
    expect(await workersRequests(cast.observer.token, cast.dossierId)).toEqual([]);
  });

  it('lets a lead decline a proposal, and the proposer withdraw one', async () => {
    const { cast, input } = await setUp();
    const first = (await t.gql(PROPOSE, { input }, cast.facilitator.token)).data!.proposeDelegationMember.request;
    expect((await t.gql(DECLINE, { id: first.id }, cast.workers.lead.token)).data?.declineDelegationRequest).toBe(true);
    const second = (await t.gql(PROPOSE, { input }, cast.facilitator.token)).data!.proposeDelegationMember.request;
    expect((await t.gql(DECLINE, { id: second.id }, cast.facilitator.token)).data?.declineDelegationRequest).toBe(true);
    expect(await workersRequests(cast.workers.lead.token, cast.dossierId)).toEqual([]);
  });

  it('lets a lead seat a member of their own side directly', async () => {
    const { cast, input } = await setUp();
    const seated = await t.gql(PROPOSE, { input }, cast.workers.lead.token);
    expect(seated.data?.proposeDelegationMember).toMatchObject({ participant: { isLead: false }, request: null });
  });

  it('seats a delegation’s first lead from a facilitator, and only as lead', async () => {
    const facilitator = await buildSignedInUser(t, { organization: await buildOrganization(t.dataSource, { kind: 'ILO', countryCode: 'FR' }) });
    const created = await t.gql(`mutation($input: CreateDossierInput!) { createDossier(input: $input) { id } }`, { input: { title: 'Nouvelle réforme', countryCode: 'FR', conventionCodes: [] } }, facilitator.token);
    const dossierId = created.data!.createDossier.id;
    const union = await buildOrganization(t.dataSource, { kind: 'WORKERS', countryCode: 'FR' });
    const first = await buildSignedInUser(t, { organization: union });
    const input = { dossierId, constituency: 'WORKERS', userId: first.user.id };
    expect((await t.gql(PROPOSE, { input }, facilitator.token)).errors?.[0].extensions.code).toBe('BAD_USER_INPUT');
    const seated = await t.gql(PROPOSE, { input: { ...input, lead: true } }, facilitator.token);
    expect(seated.data?.proposeDelegationMember).toMatchObject({ participant: { isLead: true }, request: null });
  });

  it('keeps an administrator’s puppet out of a delegation’s private work', async () => {
    const { cast } = await setUp();
    const admin = await buildSignedInUser(t, { role: 'ADMIN' });
    const puppetOrg = await buildOrganization(t.dataSource, { kind: 'WORKERS', countryCode: 'FR' });
    const puppet = await buildSignedInUser(t, { organization: puppetOrg });
    await t.gql('mutation($input: AddParticipantInput!) { addParticipant(input: $input) { id } }', { input: { dossierId: cast.dossierId, userId: admin.user.id, role: 'FACILITATOR' } }, cast.facilitator.token);
    const input = { dossierId: cast.dossierId, constituency: 'WORKERS', userId: puppet.user.id, lead: true };
    expect((await t.gql(ADD_MEMBER, { input }, admin.token)).errors?.[0].extensions.code).toBe('CONFLICT');
    expect((await t.gql(PROPOSE, { input }, admin.token)).data?.proposeDelegationMember.request).toBeTruthy();
    expect((await t.gql(MY_STANDING, { id: cast.dossierId }, puppet.token)).errors?.[0].extensions.code).toBe('NOT_FOUND');
  });

  const SET_LEAD = `mutation($id: ID!, $lead: Boolean!) { setDelegationLead(participantId: $id, lead: $lead) { id isLead } }`;
  const REMOVE = `mutation($id: ID!) { removeParticipant(participantId: $id) }`;
  const seatOf = async (userId: string) => (await t.dataSource.query('SELECT id FROM participant WHERE user_id = $1', [userId]))[0].id as string;

  it('does not let a facilitator take a lead away (and then seat a "first lead" of their choosing)', async () => {
    const { cast, newcomer, input } = await setUp();
    expect((await t.gql(SET_LEAD, { id: await seatOf(cast.workers.lead.user.id), lead: false }, cast.facilitator.token)).errors?.[0].extensions.code).toBe('FORBIDDEN');
    expect((await t.gql(ADD_MEMBER, { input: { ...input, lead: true } }, cast.facilitator.token)).errors?.[0].extensions.code).toBe('CONFLICT');
    expect((await t.gql(MY_STANDING, { id: cast.dossierId }, newcomer.token)).errors?.[0].extensions.code).toBe('NOT_FOUND');
  });

  it('keeps a delegation whose lead was removed the side’s: a facilitator proposes, and may name a lead only among its members', async () => {
    const { cast, newcomer, input } = await setUp();
    await t.gql(REMOVE, { id: await seatOf(cast.workers.lead.user.id) }, cast.facilitator.token);
    expect((await t.gql(ADD_MEMBER, { input: { ...input, lead: true } }, cast.facilitator.token)).errors?.[0].extensions.code).toBe('CONFLICT');
    expect((await t.gql(MY_STANDING, { id: cast.dossierId }, newcomer.token)).errors?.[0].extensions.code).toBe('NOT_FOUND');
    const named = await t.gql(SET_LEAD, { id: await seatOf(cast.workers.member.user.id), lead: true }, cast.facilitator.token);
    expect(named.data?.setDelegationLead.isLead).toBe(true);
  });

  it('does not let a facilitator promote a member of a delegation that has its lead', async () => {
    const { cast } = await setUp();
    expect((await t.gql(SET_LEAD, { id: await seatOf(cast.workers.member.user.id), lead: true }, cast.facilitator.token)).errors?.[0].extensions.code).toBe('FORBIDDEN');
    expect((await t.gql(SET_LEAD, { id: await seatOf(cast.workers.member.user.id), lead: true }, cast.workers.lead.token)).data?.setDelegationLead.isLead).toBe(true);
  });

  it('clears a proposal when the person is seated another way', async () => {
    const { cast, input } = await setUp();
    await t.gql(PROPOSE, { input }, cast.facilitator.token);
    await t.gql(PROPOSE, { input }, cast.workers.lead.token);
    expect(await workersRequests(cast.workers.lead.token, cast.dossierId)).toEqual([]);
  });

  it('says NOT_FOUND of a proposal to someone who may not see it', async () => {
    const { cast, input } = await setUp();
    const { request } = (await t.gql(PROPOSE, { input }, cast.facilitator.token)).data!.proposeDelegationMember;
    expect((await t.gql(CONFIRM, { id: request.id }, cast.employers.lead.token)).errors?.[0].extensions.code).toBe('NOT_FOUND');
  });

  it('offers a lead the people of their own side to seat, and nobody of another side', async () => {
    const { cast, newcomer } = await setUp();
    const CANDIDATES = `query($id: ID!, $side: Constituency) { dossierCandidates(dossierId: $id, constituency: $side) { id } }`;
    const own = await t.gql(CANDIDATES, { id: cast.dossierId, side: 'WORKERS' }, cast.workers.lead.token);
    expect((own.data?.dossierCandidates as Array<{ id: string }>).map((user) => user.id)).toContain(newcomer.user.id);
    expect((await t.gql(CANDIDATES, { id: cast.dossierId, side: 'EMPLOYERS' }, cast.workers.lead.token)).errors?.[0].extensions.code).toBe('FORBIDDEN');
    expect((await t.gql(CANDIDATES, { id: cast.dossierId, side: 'WORKERS' }, cast.workers.member.token)).errors?.[0].extensions.code).toBe('FORBIDDEN');
    const me = (await t.gql(`query($id: ID!) { dossier(id: $id) { me { canBringInto } } }`, { id: cast.dossierId }, cast.workers.lead.token)).data?.dossier.me;
    expect(me.canBringInto).toEqual(['WORKERS']);
  });

  it('never offers someone already taking part', async () => {
    const { cast, newcomer } = await setUp();
    const CANDIDATES = `query($id: ID!, $side: Constituency) { dossierCandidates(dossierId: $id, constituency: $side) { id } }`;
    const offered = ((await t.gql(CANDIDATES, { id: cast.dossierId, side: 'WORKERS' }, cast.facilitator.token)).data?.dossierCandidates as Array<{ id: string }>).map((user) => user.id);
    expect(offered).toContain(newcomer.user.id);
    expect(offered).not.toContain(cast.workers.member.user.id);
  });
});
