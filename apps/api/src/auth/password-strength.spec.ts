import { buildOrganization, buildSignedInUser } from '../../test/factories';
import { startTestApp, type TestApp } from '../../test/test-app';

const INVITE = `mutation Invite($input: InviteUserInput!) { inviteUser(input: $input) { token } }`;
const ACCEPT = `mutation Accept($input: AcceptInvitationInput!) { acceptInvitation(input: $input) { user { email } } }`;

describe('the strength of a new password (invitation acceptance)', () => {
  let t: TestApp;
  let adminToken: string;
  beforeAll(async () => {
    t = await startTestApp();
    adminToken = (await buildSignedInUser(t, { role: 'ADMIN' })).token;
  });
  afterAll(() => t.close());

  async function invite(email: string): Promise<string> {
    const organization = await buildOrganization(t.dataSource, { name: 'Union des travailleurs de Valdoria' });
    const result = await t.gql(INVITE, { input: { email, displayName: 'Amaia Etxeberria', organizationId: organization.id } }, adminToken);
    return result.data!.inviteUser.token;
  }

  const accept = (token: string, password: string) => t.gql(ACCEPT, { input: { token, password } });

  it('refuses twelve times the same letter, next to the field, saying why', async () => {
    const result = await accept(await invite('repeat@example.org'), 'aaaaaaaaaaaa');
    expect(result.data).toBeNull();
    expect(result.errors?.[0].extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      fieldErrors: [{ field: 'password', constraint: 'passwordStrength', reason: 'repeated' }],
    });
  });

  it('refuses a keyboard sequence and a common password', async () => {
    const token = await invite('sequence@example.org');
    expect((await accept(token, 'abcdefghijkl')).errors?.[0].extensions.fieldErrors?.[0]).toMatchObject({ reason: 'sequence' });
    expect((await accept(token, 'password1234')).errors?.[0].extensions.fieldErrors?.[0]).toMatchObject({ reason: 'common' });
  });

  it("refuses a password made of the person's own email", async () => {
    const result = await accept(await invite('amaia.etxeberria@example.org'), 'amaia.etxeberria@example.org1');
    expect(result.errors?.[0].extensions.fieldErrors?.[0]).toMatchObject({ constraint: 'passwordStrength', reason: 'personal' });
  });

  it('keeps the invitation usable after a refusal, and accepts a passphrase', async () => {
    const token = await invite('passphrase@example.org');
    await accept(token, 'aaaaaaaaaaaa');
    const result = await accept(token, 'the river remembers every stone');
    expect(result.data?.acceptInvitation.user.email).toBe('passphrase@example.org');
  });
});
