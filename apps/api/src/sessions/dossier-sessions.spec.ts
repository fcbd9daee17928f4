import { buildDraftedDossier } from '../../test/draft-factories';
import { useTestApp } from '../../test/use-test-app';

const SCHEDULE = `mutation($input: ScheduleSessionInput!) { scheduleSession(input: $input) { id } }`;
const SESSIONS = `query($id: ID!) { dossier(id: $id) { sessions { title agenda { title } } } }`;

describe("a dossier's sessions", () => {
  const t = useTestApp();

  it('each show their own agenda, in its order, when all are asked at once (as the consensus matrix asks)', async () => {
    const { cast, provision } = await buildDraftedDossier(t);
    const schedule = async (title: string, day: number, agenda: Array<{ provisionId?: string; title?: string }>) => {
      const startsAt = new Date(Date.UTC(2026, 8, day, 7));
      const result = await t.gql(SCHEDULE, { input: { dossierId: cast.dossierId, title, startsAt, endsAt: new Date(startsAt.getTime() + 3_600_000), agenda } }, cast.facilitator.token);
      if (!result.data) throw new Error(JSON.stringify(result.errors));
    };
    await schedule('First', 7, [{ provisionId: provision('Article 3') }, { provisionId: provision('Article 1') }]);
    await schedule('Second', 14, [{ title: 'Any other business' }, { provisionId: provision('Article 2') }]);

    const result = await t.gql(SESSIONS, { id: cast.dossierId }, cast.workers.lead.token);

    expect(result.data!.dossier.sessions).toEqual([
      { title: 'First', agenda: [{ title: 'Article 3 — Collective agreements' }, { title: 'Article 1 — Scope' }] },
      { title: 'Second', agenda: [{ title: 'Any other business' }, { title: 'Article 2 — Freedom of association' }] },
    ]);
  });
});
