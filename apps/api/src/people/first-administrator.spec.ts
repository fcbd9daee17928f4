import { Invitation } from './invitation.entity';
import { FirstAdministrator } from './first-administrator.service';
import { buildSignedInUser } from '../../test/factories';
import { startTestApp, type TestApp } from '../../test/test-app';

const ACCEPT = `mutation Accept($input: AcceptInvitationInput!) {
  acceptInvitation(input: $input) { accessToken user { email displayName role organizations { name } } }
}`;
const PASSWORD = 'Seven-quiet-herons-cross-the-Loire';
const EMAIL = 'first.admin@example.org';

/** Starts the API as production does with ADMIN_EMAIL, and keeps what it prints. */
async function startPrinting(start: () => Promise<TestApp>): Promise<{ app: TestApp; printed: string }> {
  const lines: string[] = [];
  const spy = jest.spyOn(console, 'log').mockImplementation((...args: unknown[]) => void lines.push(args.join(' ')));
  try {
    return { app: await start(), printed: lines.join('\n') };
  } finally {
    spy.mockRestore();
  }
}

const linkIn = (printed: string) => /(http\S+\/invitation#(\S+))/.exec(printed);
const accept = (t: TestApp, token: string) => t.gql(ACCEPT, { input: { token, password: PASSWORD } });
const invitationsFor = (t: TestApp, email: string) => t.dataSource.getRepository(Invitation).countBy({ email });

describe('the first administrator (ADMIN_EMAIL, create-admin)', () => {
  describe('at start in production on a database with nobody', () => {
    let t: TestApp;
    let printed: string;
    beforeAll(async () => ({ app: t, printed } = await startPrinting(() => startTestApp({ env: 'production', adminEmail: EMAIL, adminName: 'Ana Admin' }))));
    afterAll(() => t.close());

    it('prints a single-use link that makes the person administrator once they set a password', async () => {
      const link = linkIn(printed);
      expect(link?.[1]).toMatch(new RegExp(`^${t.config.publicUrl}/invitation#`));
      const result = await accept(t, link![2]);
      expect(result.data?.acceptInvitation.user).toEqual({ email: EMAIL, displayName: 'Ana Admin', role: 'ADMIN', organizations: [] });
      expect((await accept(t, link![2])).errors?.[0].message).toMatch(/already been used/);
    });

    it('issues nothing more at a restart once the administrator exists', async () => {
      const before = await invitationsFor(t, EMAIL);
      ({ app: t, printed } = await startPrinting(() => t.restart()));
      expect([printed, await invitationsFor(t, EMAIL)]).toEqual(['', before]);
    });
  });

  describe('before the invitation is accepted', () => {
    let t: TestApp;
    let printed: string;
    beforeAll(async () => ({ app: t, printed } = await startPrinting(() => startTestApp({ adminEmail: EMAIL }))));
    afterAll(() => t.close());

    it('keeps the link it printed across a restart, and says it is pending', async () => {
      const first = linkIn(printed)![2];
      ({ app: t, printed } = await startPrinting(() => t.restart()));
      expect(linkIn(printed)).toBeNull();
      expect(printed).toMatch(/printed at an earlier start, is valid until/);
      expect(await invitationsFor(t, EMAIL)).toBe(1);
      expect((await t.gql('query($token: String!) { invitation(token: $token) { email } }', { token: first })).data?.invitation.email).toBe(EMAIL);
    });
  });

  describe('on a database with no administrator and no invitation', () => {
    let t: TestApp;
    beforeAll(async () => (t = await startTestApp()));
    afterAll(() => t.close());

    it('issues one invitation when several instances start at once', async () => {
      const outcomes = await Promise.all(Array.from({ length: 4 }, () => t.app.get(FirstAdministrator).ensure(EMAIL, 'Raced')));
      expect(outcomes.map((outcome) => outcome.kind).sort()).toEqual(['invited', 'pending', 'pending', 'pending']);
      expect(await invitationsFor(t, EMAIL)).toBe(1);
    });

    it('stops the link printed for a former ADMIN_EMAIL when the address changes', async () => {
      const former = await t.app.get(FirstAdministrator).ensure('former.admin@tripart.example', 'Former');
      await t.app.get(FirstAdministrator).ensure('new.admin@tripart.example', 'New');
      expect(former.kind).toBe('invited');
      const token = (former as { url: string }).url.split('#')[1];
      expect((await accept(t, token)).errors?.[0].message).toMatch(/expired/);
    });

    it('refuses an ADMIN_EMAIL that is not an address (the start fails)', async () => {
      await expect(t.app.get(FirstAdministrator).ensure('not an address', 'x')).rejects.toThrow(/is not an email address/);
    });
  });

  describe('create-admin, for an operator', () => {
    let t: TestApp;
    let adminToken: string;
    beforeAll(async () => {
      t = await startTestApp();
      adminToken = (await buildSignedInUser(t, { role: 'ADMIN' })).token;
    });
    afterAll(() => t.close());

    it('gives a new link that replaces the pending one, listed without an organization', async () => {
      const admins = t.app.get(FirstAdministrator);
      const first = await admins.create('second.admin@example.org', 'Second');
      const second = await admins.create('second.admin@example.org', 'Second');
      if (first.kind !== 'invited' || second.kind !== 'invited') throw new Error('not invited');
      expect((await accept(t, first.url.split('#')[1])).errors?.[0].message).toMatch(/expired/);
      const listed = await t.gql('{ invitations { email role organization { name } } }', {}, adminToken);
      expect(listed.data?.invitations).toContainEqual({ email: 'second.admin@example.org', role: 'ADMIN', organization: null });
      expect((await accept(t, second.url.split('#')[1])).data?.acceptInvitation.user.role).toBe('ADMIN');
    });

    it('issues nothing for an address that already has an account', async () => {
      const member = await buildSignedInUser(t, { role: 'MEMBER' });
      expect(await t.app.get(FirstAdministrator).create(member.user.email, 'Someone')).toEqual({ kind: 'taken', email: member.user.email, administrator: false });
      expect(await invitationsFor(t, member.user.email)).toBe(0);
    });
  });
});
