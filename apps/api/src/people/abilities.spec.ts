import { buildOrganization, buildSignedInUser } from '../../test/factories';
import { startTestApp, type TestApp } from '../../test/test-app';

const ME = '{ me { abilities { canCreateDossier canManagePeople } } }';

/** The API tells the signed-in person what they may do; the web offers only that. */
describe('my abilities', () => {
  let t: TestApp;
  beforeAll(async () => (t = await startTestApp()));
  afterAll(() => t.close());

  it('lets ILO staff open dossiers, not manage people', async () => {
    const staff = await buildSignedInUser(t, { organization: await buildOrganization(t.dataSource, { kind: 'ILO' }) });
    expect((await t.gql(ME, {}, staff.token)).data?.me.abilities).toEqual({ canCreateDossier: true, canManagePeople: false });
  });

  it('lets a delegate do neither, and an administrator both', async () => {
    const delegate = await buildSignedInUser(t, { organization: await buildOrganization(t.dataSource, { kind: 'WORKERS' }) });
    const admin = await buildSignedInUser(t, { role: 'ADMIN' });
    expect((await t.gql(ME, {}, delegate.token)).data?.me.abilities).toEqual({ canCreateDossier: false, canManagePeople: false });
    expect((await t.gql(ME, {}, admin.token)).data?.me.abilities).toEqual({ canCreateDossier: true, canManagePeople: true });
  });

  it('are told to nobody but the person', async () => {
    const admin = await buildSignedInUser(t, { role: 'ADMIN' });
    const other = await buildSignedInUser(t);
    const users = (await t.gql('{ users { id abilities { canCreateDossier } } }', {}, admin.token)).data?.users as Array<{ id: string; abilities: unknown }>;
    expect(users.find((user) => user.id === other.user.id)?.abilities).toBeNull();
  });
});
