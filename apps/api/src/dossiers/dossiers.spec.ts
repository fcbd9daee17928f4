import { AuditService } from '../audit/audit.service';
import { buildDossierWithCast } from '../../test/dossier-factories';
import { buildOrganization, buildSignedInUser } from '../../test/factories';
import { startTestApp, type TestApp } from '../../test/test-app';

const DOSSIER = `query($id: ID!) { dossier(id: $id) {
  title kind status country { code } conventions { code }
  delegations { constituency members { isLead user { displayName } } }
  parity { government employers workers }
  me { role constituency isLead canManage canComment canCommentPrivately }
} }`;
const ADD_MEMBER = `mutation($input: AddDelegationMemberInput!) { addDelegationMember(input: $input) { id constituency isLead } }`;

describe('dossiers and delegations', () => {
  let t: TestApp;
  beforeAll(async () => (t = await startTestApp()));
  afterAll(() => t.close());

  it('a facilitator opens a dossier with three delegations and facilitates it', async () => {
    const cast = await buildDossierWithCast(t);
    const result = await t.gql(DOSSIER, { id: cast.dossierId }, cast.facilitator.token);
    expect(result.data?.dossier).toMatchObject({
      kind: 'LAW_REFORM',
      status: 'PREPARATION',
      country: { code: 'FR' },
      conventions: [{ code: 'C087' }, { code: 'C098' }],
      parity: { government: 2, employers: 2, workers: 2 },
      me: { role: 'FACILITATOR', canManage: true, canComment: true, canCommentPrivately: false },
    });
    expect(result.data?.dossier.delegations.map((d: { constituency: string }) => d.constituency)).toEqual(['GOVERNMENT', 'EMPLOYERS', 'WORKERS']);
  });

  it('a person outside the ILO cannot open a dossier', async () => {
    const { token } = await buildSignedInUser(t);
    const result = await t.gql(`mutation { createDossier(input: { title: "Mine", countryCode: "FR" }) { id } }`, {}, token);
    expect(result.errors?.[0].extensions.code).toBe('FORBIDDEN');
  });

  it('refuses a convention it does not know, saying so (reason UNKNOWN_CONVENTION)', async () => {
    const ilo = await buildOrganization(t.dataSource, { kind: 'ILO', countryCode: 'FR' });
    const { token } = await buildSignedInUser(t, { organization: ilo });
    const result = await t.gql(`mutation { createDossier(input: { title: "Unknown instrument", countryCode: "FR", conventionCodes: ["C999"] }) { id } }`, {}, token);
    expect(result.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'UNKNOWN_CONVENTION', fieldErrors: [expect.objectContaining({ field: 'conventionCodes' })] });
  });

  it('a dossier does not exist for someone who takes no part in it', async () => {
    const cast = await buildDossierWithCast(t);
    const result = await t.gql(DOSSIER, { id: cast.dossierId }, cast.outsider.token);
    expect(result.errors?.[0].extensions.code).toBe('NOT_FOUND');
    expect((await t.gql('{ dossiers { id } }', {}, cast.outsider.token)).data?.dossiers).toEqual([]);
  });

  it('a delegate sees their side and may comment privately', async () => {
    const cast = await buildDossierWithCast(t);
    const result = await t.gql(DOSSIER, { id: cast.dossierId }, cast.workers.lead.token);
    expect(result.data?.dossier.me).toEqual({
      role: 'DELEGATE', constituency: 'WORKERS', isLead: true, canManage: false, canComment: true, canCommentPrivately: true,
    });
  });

  it('seats a person only in a delegation of their own side and country', async () => {
    const cast = await buildDossierWithCast(t);
    const union = await buildOrganization(t.dataSource, { kind: 'WORKERS', countryCode: 'FR' });
    const unionist = await buildSignedInUser(t, { organization: union });
    const wrongSide = await t.gql(ADD_MEMBER, { input: { dossierId: cast.dossierId, constituency: 'EMPLOYERS', userId: unionist.user.id } }, cast.employers.lead.token);
    expect(wrongSide.errors?.[0].extensions.code).toBe('BAD_USER_INPUT');
    const right = await t.gql(ADD_MEMBER, { input: { dossierId: cast.dossierId, constituency: 'WORKERS', userId: unionist.user.id, lead: true } }, cast.workers.lead.token);
    expect(right.data?.addDelegationMember).toMatchObject({ constituency: 'WORKERS', isLead: true });
  });

  it('seats a person in at most one delegation of a dossier', async () => {
    const cast = await buildDossierWithCast(t);
    const again = await t.gql(ADD_MEMBER, { input: { dossierId: cast.dossierId, constituency: 'WORKERS', userId: cast.workers.member.user.id } }, cast.facilitator.token);
    expect(again.errors?.[0].extensions.code).toBe('CONFLICT');
  });

  it('only a lead of the delegation (or a facilitator, by proposal) brings people into it', async () => {
    const cast = await buildDossierWithCast(t);
    const result = await t.gql(ADD_MEMBER, { input: { dossierId: cast.dossierId, constituency: 'WORKERS', userId: cast.outsider.user.id } }, cast.workers.member.token);
    expect(result.errors?.[0].extensions.code).toBe('FORBIDDEN');
  });

  it('audits membership changes in a chain that verifies', async () => {
    const cast = await buildDossierWithCast(t);
    const result = await t.gql(`mutation($input: AddParticipantInput!) { addParticipant(input: $input) { role } }`,
      { input: { dossierId: cast.dossierId, userId: cast.outsider.user.id, role: 'OBSERVER' } }, cast.facilitator.token);
    expect(result.data?.addParticipant.role).toBe('OBSERVER');
    const [event] = await t.dataSource.query(`SELECT action, data FROM audit_event WHERE dossier_id = $1 ORDER BY seq DESC LIMIT 1`, [cast.dossierId]);
    expect(event).toEqual({ action: 'participant.added', data: { role: 'OBSERVER' } });
    expect(await t.app.get(AuditService).verify()).toBeNull();
  });

  it('a tampered audit event breaks the chain', async () => {
    const cast = await buildDossierWithCast(t);
    await t.dataSource.query(`UPDATE audit_event SET data = '{"title":"forged"}' WHERE dossier_id = $1 AND action = 'dossier.created'`, [cast.dossierId]);
    expect(await t.app.get(AuditService).verify()).not.toBeNull();
    await t.dataSource.query(`DELETE FROM audit_event`);
    await t.dataSource.query(`DELETE FROM audit_chain_head`);
  });

  it('a removed delegate loses the dossier at once', async () => {
    const cast = await buildDossierWithCast(t);
    const [participant] = await t.dataSource.query('SELECT id FROM participant WHERE user_id = $1', [cast.employers.member.user.id]);
    const removed = await t.gql(`mutation($id: ID!) { removeParticipant(participantId: $id) }`, { id: participant.id }, cast.facilitator.token);
    expect(removed.data?.removeParticipant).toBe(true);
    expect((await t.gql(DOSSIER, { id: cast.dossierId }, cast.employers.member.token)).errors?.[0].extensions.code).toBe('NOT_FOUND');
  });
});
