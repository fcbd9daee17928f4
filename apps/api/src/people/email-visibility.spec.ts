import { SIGN_IN, TEST_PASSWORD, buildOrganization, buildSignedInUser, buildUser } from '../../test/factories';
import { buildDossierWithCast } from '../../test/dossier-factories';
import { startTestApp, type TestApp } from '../../test/test-app';

const PARTICIPANTS = `query($id: ID!) { dossier(id: $id) { participants { user { id email } } } }`;

/** Personal data by need: e-mail addresses go to their owner, administrators and facilitators only. */
describe('who sees e-mail addresses', () => {
  let t: TestApp;
  beforeAll(async () => (t = await startTestApp()));
  afterAll(() => t.close());

  const emailsSeenBy = async (token: string, dossierId: string) =>
    ((await t.gql(PARTICIPANTS, { id: dossierId }, token)).data?.dossier.participants as Array<{ user: { id: string; email: string | null } }>).map((p) => p.user);

  it('hides the other participants’ addresses from delegates and observers, not their own', async () => {
    const cast = await buildDossierWithCast(t);
    for (const person of [cast.workers.member, cast.observer]) {
      const seen = await emailsSeenBy(person.token, cast.dossierId);
      expect(seen.filter((user) => user.id !== person.user.id).every((user) => user.email === null)).toBe(true);
      expect(seen.find((user) => user.id === person.user.id)?.email ?? person.user.email).toBe(person.user.email);
    }
  });

  it('shows them to facilitators', async () => {
    const cast = await buildDossierWithCast(t);
    const seen = await emailsSeenBy(cast.facilitator.token, cast.dossierId);
    expect(seen.find((user) => user.id === cast.workers.member.user.id)?.email).toBe(cast.workers.member.user.email);
  });

  it('hides them from ILO staff who do not facilitate the dossier, even seated as observers', async () => {
    const cast = await buildDossierWithCast(t);
    const specialist = await buildSignedInUser(t, { organization: await buildOrganization(t.dataSource, { kind: 'ILO', countryCode: 'FR' }) });
    await t.gql('mutation($input: AddParticipantInput!) { addParticipant(input: $input) { id } }', { input: { dossierId: cast.dossierId, userId: specialist.user.id, role: 'OBSERVER' } }, cast.facilitator.token);
    const seen = await emailsSeenBy(specialist.token, cast.dossierId);
    expect(seen.find((user) => user.id === cast.workers.member.user.id)?.email).toBeNull();
  });

  it('gives a person their own address when they sign in', async () => {
    const user = await buildUser(t.dataSource);
    const result = await t.gql(SIGN_IN, { email: user.email, password: TEST_PASSWORD });
    expect(result.data?.signIn.user.email).toBe(user.email);
  });
});
