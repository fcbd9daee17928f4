import { buildDossierWithCast } from '../../test/dossier-factories';
import { useTestApp } from '../../test/use-test-app';

const SUBJECT = `query($id: ID!) { dossier(id: $id) { c144Subject } }`;
const SET = `mutation($id: ID!, $subject: C144Subject) { setDossierC144Subject(dossierId: $id, subject: $subject) { id c144Subject } }`;

/** The C144 Article 5(1) item a dossier concerns: said on opening it, changed by those who manage it, each change audited. */
describe('the Article 5(1) subject of a dossier', () => {
  const t = useTestApp();
  const eventsOf = (dossierId: string, action: string) =>
    t.dataSource.query('SELECT actor_id, audience, data FROM audit_event WHERE chain = $1 AND action = $2 ORDER BY chain_seq', [dossierId, action]);

  it('is said when the dossier is opened, and recorded with its opening', async () => {
    const cast = await buildDossierWithCast(t, { c144Subject: 'UNRATIFIED_INSTRUMENTS' });
    expect((await t.gql(SUBJECT, { id: cast.dossierId }, cast.workers.member.token)).data!.dossier.c144Subject).toBe('UNRATIFIED_INSTRUMENTS');
    expect(await eventsOf(cast.dossierId, 'dossier.created')).toEqual([expect.objectContaining({ data: expect.objectContaining({ c144Subject: 'UNRATIFIED_INSTRUMENTS' }) })]);
  });

  it('is none for a dossier that does not say one (a labour-law reform)', async () => {
    const cast = await buildDossierWithCast(t);
    expect((await t.gql(SUBJECT, { id: cast.dossierId }, cast.observer.token)).data!.dossier.c144Subject).toBeNull();
  });

  it('is changed by the facilitator, each change audited in the dossier’s chain with the one before', async () => {
    const cast = await buildDossierWithCast(t);
    expect((await t.gql(SET, { id: cast.dossierId, subject: 'DENUNCIATION' }, cast.facilitator.token)).data!.setDossierC144Subject.c144Subject).toBe('DENUNCIATION');
    expect((await t.gql(SET, { id: cast.dossierId, subject: null }, cast.facilitator.token)).data!.setDossierC144Subject.c144Subject).toBeNull();
    expect(await eventsOf(cast.dossierId, 'dossier.c144_subject_set')).toEqual([
      { actor_id: cast.facilitator.user.id, audience: 'DOSSIER', data: { c144Subject: 'DENUNCIATION', previous: null } },
      { actor_id: cast.facilitator.user.id, audience: 'DOSSIER', data: { c144Subject: null, previous: 'DENUNCIATION' } },
    ]);
  });

  it('records nothing when told what it already says', async () => {
    const cast = await buildDossierWithCast(t, { c144Subject: 'ILC_AGENDA' });
    await t.gql(SET, { id: cast.dossierId, subject: 'ILC_AGENDA' }, cast.facilitator.token);
    expect(await eventsOf(cast.dossierId, 'dossier.c144_subject_set')).toEqual([]);
  });

  it('is not a delegation’s to change: the government’s lead is refused and the subject stays', async () => {
    const cast = await buildDossierWithCast(t, { c144Subject: 'ARTICLE_22_REPORTS' });
    const refused = await t.gql(SET, { id: cast.dossierId, subject: 'DENUNCIATION' }, cast.government.lead.token);
    expect(refused.errors?.[0].extensions.code).toBe('FORBIDDEN');
    expect((await t.gql(SUBJECT, { id: cast.dossierId }, cast.facilitator.token)).data!.dossier.c144Subject).toBe('ARTICLE_22_REPORTS');
  });

  it('refuses an item Article 5(1) does not have', async () => {
    const cast = await buildDossierWithCast(t);
    const refused = await t.gql(SET, { id: cast.dossierId, subject: 'WAGES' }, cast.facilitator.token);
    expect(refused.errors?.[0].message).toMatch(/C144Subject/);
  });
});
