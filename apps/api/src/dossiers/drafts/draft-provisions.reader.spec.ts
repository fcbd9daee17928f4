import { buildDraftedDossier } from '../../../test/draft-factories';
import { startTestApp, type TestApp } from '../../../test/test-app';

const ADD = `mutation($input: AddCommentInput!) { addComment(input: $input) { id } }`;
const TEXT = `query($id: ID!) { dossier(id: $id) { currentDraft { provisions { id commentCount } } } }`;
const THREADS = `query($id: ID!) { dossier(id: $id) { currentDraft { provisions { id commentCount comments { body } } } } }`;
const BY_IDS = `query($ids: [ID!]!) { provisions(ids: $ids) { id commentCount comments { body } } }`;

type Row = { id: string; commentCount: number; comments?: Array<{ body: string }> };

/** A whole draft's counts and threads, read side by side with its provisions (DraftProvisionsReader). */
describe("a draft's provisions with what is read beside them", () => {
  let t: TestApp;
  beforeAll(async () => (t = await startTestApp()));
  afterAll(() => t.close());

  async function setUp() {
    const { cast, provision } = await buildDraftedDossier(t);
    const article3 = provision('Article 3');
    await t.gql(ADD, { input: { provisionId: article3, body: 'Caucus only', visibility: 'DELEGATION' } }, cast.workers.member.token);
    await t.gql(ADD, { input: { provisionId: article3, body: 'For everyone', visibility: 'PLENARY' } }, cast.workers.member.token);
    return { cast, article3 };
  }
  const current = async (query: string, dossierId: string, token: string): Promise<Row[]> => {
    const result = await t.gql(query, { id: dossierId }, token);
    expect(result.errors).toBeUndefined();
    return result.data?.dossier.currentDraft.provisions;
  };

  it("counts, for each reader, the comments they may see, as one provision's refresh does", async () => {
    const { cast, article3 } = await setUp();
    for (const [reader, expected] of [[cast.workers.lead, 2], [cast.employers.lead, 1]] as const) {
      const counted = (await current(TEXT, cast.dossierId, reader.token)).find((p) => p.id === article3);
      const refreshed = (await t.gql(BY_IDS, { ids: [article3] }, reader.token)).data?.provisions[0];
      expect(counted?.commentCount).toBe(expected);
      expect(refreshed.commentCount).toBe(expected);
    }
  });

  it('gives each reader the threads they may see, counted from them', async () => {
    const { cast, article3 } = await setUp();
    const asEmployer = (await current(THREADS, cast.dossierId, cast.employers.lead.token)).find((p) => p.id === article3);
    expect(asEmployer).toEqual({ id: article3, commentCount: 1, comments: [{ body: 'For everyone' }] });
    const asWorker = (await current(THREADS, cast.dossierId, cast.workers.lead.token)).find((p) => p.id === article3);
    expect(asWorker?.comments?.map((c) => c.body)).toEqual(['Caucus only', 'For everyone']);
  });

  it('names whom a comment mentions where the query asks, when the same draft is asked twice without and with', async () => {
    const { cast, article3 } = await setUp();
    await t.gql(ADD, { input: { provisionId: article3, body: 'Over to @lead', visibility: 'PLENARY', mentionUserIds: [cast.employers.lead.user.id] } }, cast.workers.member.token);
    const both = `query($id: ID!) { dossier(id: $id) { currentDraft {
      plain: provisions { id comments { body } }
      named: provisions { id comments { body mentions { id } } } } } }`;
    const result = await t.gql(both, { id: cast.dossierId }, cast.workers.lead.token);
    expect(result.errors).toBeUndefined();
    const named = result.data?.dossier.currentDraft.named.find((p: { id: string }) => p.id === article3);
    expect(named.comments.find((c: { body: string }) => c.body === 'Over to @lead').mentions).toEqual([{ id: cast.employers.lead.user.id }]);
  });
});
