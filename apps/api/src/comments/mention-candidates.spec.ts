import { buildDossierWithCast } from '../../test/dossier-factories';
import { startTestApp, type TestApp } from '../../test/test-app';

const CANDIDATES = `query($id: ID!) { dossier(id: $id) {
  plenary: mentionCandidates(visibility: PLENARY) { user { id } }
  caucus: mentionCandidates(visibility: DELEGATION) { user { id } }
} }`;

/** Whom one may name with @: the API says (the readers of such a comment), so the web lists and never decides. */
describe('mention candidates', () => {
  let t: TestApp;
  beforeAll(async () => (t = await startTestApp()));
  afterAll(() => t.close());

  const candidates = async (token: string, dossierId: string) => {
    const { plenary, caucus } = (await t.gql(CANDIDATES, { id: dossierId }, token)).data!.dossier as Record<string, Array<{ user: { id: string } }>>;
    return { plenary: plenary.map((p) => p.user.id), caucus: caucus.map((p) => p.user.id) };
  };

  it('offers a delegate every other participant for the plenary, and only their delegation for a caucus note', async () => {
    const cast = await buildDossierWithCast(t);
    const { plenary, caucus } = await candidates(cast.workers.lead.token, cast.dossierId);
    expect(plenary).toContain(cast.employers.lead.user.id);
    expect(plenary).toContain(cast.observer.user.id);
    expect(plenary).not.toContain(cast.workers.lead.user.id);
    expect(caucus).toEqual([cast.workers.member.user.id]);
  });

  it('offers nobody for a caucus note to those without a delegation', async () => {
    const cast = await buildDossierWithCast(t);
    for (const person of [cast.facilitator, cast.observer]) expect((await candidates(person.token, cast.dossierId)).caucus).toEqual([]);
  });
});
