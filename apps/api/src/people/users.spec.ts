import { buildOrganization, buildSignedInUser, buildUser, signInAs } from '../../test/factories';
import { startTestApp, type TestApp } from '../../test/test-app';

const DISABLE = `mutation Disable($id: ID!, $disabled: Boolean!) { setUserDisabled(userId: $id, disabled: $disabled) { id disabled } }`;

describe('people', () => {
  let t: TestApp;
  let admin: Awaited<ReturnType<typeof buildSignedInUser>>;
  beforeAll(async () => {
    t = await startTestApp();
    admin = await buildSignedInUser(t, { role: 'ADMIN' });
  });
  afterAll(() => t.close());

  it('shows me my organizations', async () => {
    const organization = await buildOrganization(t.dataSource, { name: 'Ministère du Travail', kind: 'GOVERNMENT' });
    const { token } = await buildSignedInUser(t, { organization });
    const result = await t.gql('{ me { organizations { name constituency } } }', {}, token);
    expect(result.data?.me.organizations).toEqual([{ name: 'Ministère du Travail', constituency: 'GOVERNMENT' }]);
  });

  it('lets me change my language, only to a supported one', async () => {
    const { token } = await buildSignedInUser(t);
    const ok = await t.gql('mutation { updateMyProfile(input: { locale: "es" }) { locale } }', {}, token);
    expect(ok.data?.updateMyProfile.locale).toBe('es');
    const bad = await t.gql('mutation { updateMyProfile(input: { locale: "xx" }) { locale } }', {}, token);
    expect(bad.errors?.[0].extensions.code).toBe('BAD_USER_INPUT');
  });

  it('lists everyone to admins', async () => {
    const user = await buildUser(t.dataSource, { displayName: 'Listed Person' });
    const result = await t.gql('{ users { id displayName organizations { name } } }', {}, admin.token);
    expect(result.data?.users).toEqual(expect.arrayContaining([expect.objectContaining({ id: user.id })]));
  });

  it('forbids members from listing everyone', async () => {
    const { token } = await buildSignedInUser(t);
    expect((await t.gql('{ users { id } }', {}, token)).errors?.[0].extensions.code).toBe('FORBIDDEN');
  });

  it('disabling someone ends their access at once, tokens included', async () => {
    const person = await buildSignedInUser(t);
    const result = await t.gql(DISABLE, { id: person.user.id, disabled: true }, admin.token);
    expect(result.data?.setUserDisabled.disabled).toBe(true);
    expect((await t.gql('{ me { id } }', {}, person.token)).errors?.[0].extensions.code).toBe('UNAUTHENTICATED');
    const refresh = await t.gql('mutation($r: String!) { refreshAccessToken(refreshToken: $r) { accessToken } }', { r: person.refreshToken });
    expect(refresh.errors?.[0].extensions.code).toBe('UNAUTHENTICATED');
  });

  it('enabling again lets them sign in', async () => {
    const user = await buildUser(t.dataSource, { disabled: true });
    await t.gql(DISABLE, { id: user.id, disabled: false }, admin.token);
    await expect(signInAs(t, user)).resolves.toHaveProperty('accessToken');
  });

  it('does not let an admin disable themself', async () => {
    const result = await t.gql(DISABLE, { id: admin.user.id, disabled: true }, admin.token);
    expect(result.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'OWN_ACCOUNT' });
  });

  it('forbids members from disabling anyone', async () => {
    const { token } = await buildSignedInUser(t);
    const victim = await buildUser(t.dataSource);
    expect((await t.gql(DISABLE, { id: victim.id, disabled: true }, token)).errors?.[0].extensions.code).toBe('FORBIDDEN');
  });

  it('answers a user id that cannot be one as not found (found by fuzzing: it was an internal error)', async () => {
    const result = await t.gql(DISABLE, { id: "'7UBHO", disabled: false }, admin.token);
    expect(result.errors?.[0].extensions.code).toBe('NOT_FOUND');
  });
});
