import { buildDossierWithCast } from '../../test/dossier-factories';
import { startTestApp, type TestApp } from '../../test/test-app';

const SET_STATUS = `mutation($id: ID!, $status: DossierStatus!) { updateDossier(id: $id, input: { status: $status }) { status } }`;
const HISTORY = `query($id: ID!) { dossierStatusHistory(dossierId: $id) { at from to by { displayName email } } }`;

/** Facilitators move a dossier through preparation, consultation and conclusion; each move is audited. */
describe('dossier status', () => {
  let t: TestApp;
  beforeAll(async () => (t = await startTestApp()));
  afterAll(() => t.close());

  it('a facilitator opens the consultation and concludes it, each move audited with where it came from', async () => {
    const cast = await buildDossierWithCast(t);
    for (const status of ['CONSULTATION', 'CONCLUDED']) {
      const moved = await t.gql(SET_STATUS, { id: cast.dossierId, status }, cast.facilitator.token);
      expect(moved.data?.updateDossier.status).toBe(status);
    }
    const events = await t.dataSource.query(`SELECT data FROM audit_event WHERE dossier_id = $1 AND action = 'dossier.status-changed' ORDER BY seq`, [cast.dossierId]);
    expect(events.map((event: { data: unknown }) => event.data)).toEqual([
      { from: 'PREPARATION', to: 'CONSULTATION' },
      { from: 'CONSULTATION', to: 'CONCLUDED' },
    ]);
  });

  it('refuses to conclude a dossier that was never in consultation, saying which move', async () => {
    const cast = await buildDossierWithCast(t);
    const refused = await t.gql(SET_STATUS, { id: cast.dossierId, status: 'CONCLUDED' }, cast.facilitator.token);
    expect(refused.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', fieldErrors: [{ field: 'status', constraint: 'transition', params: { from: 'PREPARATION', to: 'CONCLUDED' } }] });
  });

  it('a delegate cannot change the status', async () => {
    const cast = await buildDossierWithCast(t);
    const refused = await t.gql(SET_STATUS, { id: cast.dossierId, status: 'CONSULTATION' }, cast.workers.lead.token);
    expect(refused.errors?.[0].extensions.code).toBe('FORBIDDEN');
  });

  it('the participants read who moved the status, when, from what to what, oldest first', async () => {
    const cast = await buildDossierWithCast(t);
    const before = Date.now();
    for (const status of ['CONSULTATION', 'PREPARATION']) await t.gql(SET_STATUS, { id: cast.dossierId, status }, cast.facilitator.token);
    const read = await t.gql(HISTORY, { id: cast.dossierId }, cast.workers.member.token);
    const name = cast.facilitator.user.displayName;
    expect(read.data?.dossierStatusHistory.map(({ from, to, by }: { from: string; to: string; by: { displayName: string } }) => [from, to, by.displayName])).toEqual([
      ['PREPARATION', 'CONSULTATION', name],
      ['CONSULTATION', 'PREPARATION', name],
    ]);
    expect(new Date(read.data?.dossierStatusHistory[0].at).getTime()).toBeGreaterThanOrEqual(before - 1000);
  });

  it('the history names the mover without their e-mail address to a delegate', async () => {
    const cast = await buildDossierWithCast(t);
    await t.gql(SET_STATUS, { id: cast.dossierId, status: 'CONSULTATION' }, cast.facilitator.token);
    const read = await t.gql(HISTORY, { id: cast.dossierId }, cast.workers.member.token);
    expect(read.data?.dossierStatusHistory[0].by.email).toBeNull();
  });

  it('someone outside the dossier cannot read its status history', async () => {
    const cast = await buildDossierWithCast(t);
    const refused = await t.gql(HISTORY, { id: cast.dossierId }, cast.outsider.token);
    expect(refused.errors?.[0].extensions.code).toBe('NOT_FOUND');
  });
});
