import { Invitation } from './invitation.entity';
import { buildOrganization, buildSignedInUser } from '../../test/factories';
import { startTestApp, type TestApp } from '../../test/test-app';

const INVITE = `mutation Invite($input: InviteUserInput!) {
  inviteUser(input: $input) { token url invitation { id email expiresAt organization { name } } }
}`;
const PREVIEW = `query Preview($token: String!) { invitation(token: $token) { email displayName organizationName } }`;
const ACCEPT = `mutation Accept($input: AcceptInvitationInput!) {
  acceptInvitation(input: $input) { accessToken user { email displayName role organizations { name } } }
}`;

describe('invitations', () => {
  let t: TestApp;
  let adminToken: string;
  beforeAll(async () => {
    t = await startTestApp();
    adminToken = (await buildSignedInUser(t, { role: 'ADMIN' })).token;
  });
  afterAll(() => t.close());

  async function invite(email: string) {
    const organization = await buildOrganization(t.dataSource, { name: 'Confédération générale du travail' });
    const result = await t.gql(INVITE, { input: { email, displayName: 'Zoë Ångström', organizationId: organization.id } }, adminToken);
    return result.data!.inviteUser as { token: string; url: string; invitation: { id: string } };
  }

  it('gives the admin a single-use link valid for seven days', async () => {
    const link = await invite('new.person@example.org');
    expect(link.url).toBe(`${t.config.publicUrl}/invitation#${link.token}`);
    const invitation = await t.dataSource.getRepository(Invitation).findOneByOrFail({ id: link.invitation.id });
    const days = (invitation.expiresAt.getTime() - Date.now()) / 86_400_000;
    expect(days).toBeGreaterThan(6.9);
    expect(days).toBeLessThanOrEqual(7);
    expect(invitation.tokenHash).not.toContain(link.token);
  });

  it('shows the invitee who invites them before they accept', async () => {
    const link = await invite('preview@example.org');
    const result = await t.gql(PREVIEW, { token: link.token });
    expect(result.data?.invitation).toEqual({
      email: 'preview@example.org',
      displayName: 'Zoë Ångström',
      organizationName: 'Confédération générale du travail',
    });
  });

  it('creates the account, its membership and a signed-in session on accepting', async () => {
    const link = await invite('Accept.Me@Example.org');
    const result = await t.gql(ACCEPT, { input: { token: link.token, password: 'a long enough passphrase', locale: 'fr' } });
    expect(result.data?.acceptInvitation.user).toEqual({
      email: 'accept.me@example.org',
      displayName: 'Zoë Ångström',
      role: 'MEMBER',
      organizations: [{ name: 'Confédération générale du travail' }],
    });
    const me = await t.gql('{ me { locale } }', {}, result.data?.acceptInvitation.accessToken);
    expect(me.data?.me.locale).toBe('fr');
  });

  it('refuses a second use of the same link', async () => {
    const link = await invite('twice@example.org');
    await t.gql(ACCEPT, { input: { token: link.token, password: 'a long enough passphrase' } });
    const again = await t.gql(ACCEPT, { input: { token: link.token, password: 'a long enough passphrase' } });
    expect(again.errors?.[0]).toMatchObject({ extensions: { code: 'BAD_USER_INPUT', reason: 'INVITATION_USED' }, message: expect.stringMatching(/already been used/) });
  });

  it('refuses an expired link', async () => {
    const link = await invite('late@example.org');
    await t.dataSource.getRepository(Invitation).update({ id: link.invitation.id }, { expiresAt: new Date(Date.now() - 1000) });
    const result = await t.gql(ACCEPT, { input: { token: link.token, password: 'a long enough passphrase' } });
    expect(result.errors?.[0].message).toMatch(/expired/);
    expect(result.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'INVITATION_EXPIRED' });
  });

  it('refuses an unknown link with NOT_FOUND', async () => {
    const result = await t.gql(PREVIEW, { token: 'no-such-token' });
    expect(result.errors?.[0].extensions.code).toBe('NOT_FOUND');
  });

  it('refuses a password shorter than 12 characters, next to the field', async () => {
    const link = await invite('short@example.org');
    const result = await t.gql(ACCEPT, { input: { token: link.token, password: 'too short' } });
    expect(result.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', fieldErrors: [expect.objectContaining({ field: 'password' })] });
    const preview = await t.gql(PREVIEW, { token: link.token });
    expect(preview.data?.invitation.email).toBe('short@example.org');
  });

  it('refuses to invite an email that already has an account', async () => {
    const { user } = await buildSignedInUser(t);
    const organization = await buildOrganization(t.dataSource);
    const result = await t.gql(INVITE, { input: { email: user.email.toUpperCase(), displayName: 'Again', organizationId: organization.id } }, adminToken);
    expect(result.errors?.[0].extensions).toMatchObject({ code: 'CONFLICT', reason: 'EMAIL_TAKEN' });
  });

  it('forbids members from inviting', async () => {
    const { token } = await buildSignedInUser(t);
    const organization = await buildOrganization(t.dataSource);
    const result = await t.gql(INVITE, { input: { email: 'x@example.org', displayName: 'X', organizationId: organization.id } }, token);
    expect(result.errors?.[0].extensions.code).toBe('FORBIDDEN');
    expect(await t.dataSource.getRepository(Invitation).countBy({ email: 'x@example.org' })).toBe(0);
  });

  it('lists pending invitations to admins only', async () => {
    await invite('pending@example.org');
    const asAdmin = await t.gql('{ invitations { email } }', {}, adminToken);
    expect(asAdmin.data?.invitations).toEqual(expect.arrayContaining([{ email: 'pending@example.org' }]));
    const { token } = await buildSignedInUser(t);
    expect((await t.gql('{ invitations { email } }', {}, token)).errors?.[0].extensions.code).toBe('FORBIDDEN');
  });
});
