import { buildDraftedDossier } from '../../../test/draft-factories';
import { buildSignedInUser } from '../../../test/factories';
import { startTestApp, type TestApp } from '../../../test/test-app';
import { countStatements } from '../../../test/sql-statements';

const PROVISIONS = `query($ids: [ID!]!) { provisions(ids: $ids) { id number commentCount comments { body } } }`;
const ADD = `mutation($input: AddCommentInput!) { addComment(input: $input) { id } }`;

/** Refreshing a few provisions' threads after a live event, as the reader does. */
describe('provisions(ids)', () => {
  let t: TestApp;
  beforeAll(async () => (t = await startTestApp()));
  afterAll(() => t.close());

  async function setUp() {
    const { cast, provision } = await buildDraftedDossier(t);
    return { cast, article2: provision('Article 2'), article3: provision('Article 3') };
  }

  it('returns the provisions asked for, in that order, with the threads the reader may see', async () => {
    const { cast, article2, article3 } = await setUp();
    await t.gql(ADD, { input: { provisionId: article3, body: 'Caucus only', visibility: 'DELEGATION' } }, cast.workers.member.token);
    await t.gql(ADD, { input: { provisionId: article3, body: 'For everyone', visibility: 'PLENARY' } }, cast.workers.member.token);
    const asWorker = await t.gql(PROVISIONS, { ids: [article3, article2] }, cast.workers.lead.token);
    expect(asWorker.data?.provisions.map((p: { number: string }) => p.number)).toEqual(['Article 3', 'Article 2']);
    expect(asWorker.data?.provisions[0]).toMatchObject({ commentCount: 2 });
    const asEmployer = await t.gql(PROVISIONS, { ids: [article3] }, cast.employers.lead.token);
    expect(asEmployer.data?.provisions[0]).toMatchObject({ commentCount: 1, comments: [{ body: 'For everyone' }] });
  });

  it('answers NOT_FOUND for a provision of a dossier the person is not part of, and for unknown ids', async () => {
    const { article3 } = await setUp();
    const outsider = await buildSignedInUser(t);
    const foreign = await t.gql(PROVISIONS, { ids: [article3] }, outsider.token);
    expect(foreign.errors?.[0].extensions.code).toBe('NOT_FOUND');
    const unknown = await t.gql(PROVISIONS, { ids: ['not-an-id'] }, outsider.token);
    expect(unknown.errors?.[0].extensions.code).toBe('NOT_FOUND');
  });

  it('counts each provision asked for in the query cost', async () => {
    const { cast, article3 } = await setUp();
    const heavy = `query($ids: [ID!]!) { ${Array.from({ length: 10 }, (_, i) => `a${i}: provisions(ids: $ids) { id text commentCount comments { id body replies { id body } } }`).join(' ')} }`;
    const result = await t.gql(heavy, { ids: Array.from({ length: 100 }, () => article3) }, cast.workers.lead.token);
    expect(result.errors?.[0].extensions.code).toBe('QUERY_TOO_COMPLEX');
  });

  it('refuses more than 100 ids at once', async () => {
    const { cast, article3 } = await setUp();
    const result = await t.gql(PROVISIONS, { ids: Array.from({ length: 101 }, () => article3) }, cast.workers.lead.token);
    expect(result.errors?.[0].extensions.code).toBe('BAD_USER_INPUT');
  });

  it('refuses the next refresh at once to a delegate whose seat was removed', async () => {
    const { cast, article3 } = await setUp();
    expect((await t.gql(PROVISIONS, { ids: [article3] }, cast.workers.member.token)).errors).toBeUndefined();
    await t.dataSource.query('DELETE FROM participant WHERE dossier_id = $1 AND user_id = $2', [cast.dossierId, cast.workers.member.user.id]);
    const after = await t.gql(PROVISIONS, { ids: [article3] }, cast.workers.member.token);
    expect(after.errors?.[0].extensions.code).toBe('NOT_FOUND');
  });

  it('costs the same few statements for one provision as for three', async () => {
    const { cast, provisions } = await buildDraftedDossier(t);
    const ids: string[] = provisions.map((p) => p.id);
    const statements = async (wanted: string[]) => {
      const spy = countStatements();
      try {
        expect((await t.gql(PROVISIONS, { ids: wanted }, cast.workers.lead.token)).errors).toBeUndefined();
        return spy.count();
      } finally {
        spy.restore();
      }
    };
    const one = await statements(ids.slice(0, 1));
    expect(await statements(ids.slice(0, 3))).toBe(one);
    // The account, the provisions with their dossier and seat, the comments with their authors.
    expect(one).toBeLessThanOrEqual(3);
  });

  it('names whom a comment mentions when the query asks, through a fragment too, in the same statements', async () => {
    const { cast, article3 } = await setUp();
    await t.gql(ADD, { input: { provisionId: article3, body: 'Over to @lead', visibility: 'PLENARY', mentionUserIds: [cast.employers.lead.user.id] } }, cast.workers.member.token);
    const WITH_MENTIONS = `query($ids: [ID!]!) { provisions(ids: $ids) { commentCount comments { ...Named } } }
      fragment Named on Comment { body mentions { id displayName } }`;
    const spy = countStatements();
    try {
      const result = await t.gql(WITH_MENTIONS, { ids: [article3] }, cast.workers.lead.token);
      expect(result.data?.provisions[0]).toEqual({ commentCount: 1, comments: [{ body: 'Over to @lead', mentions: [{ id: cast.employers.lead.user.id, displayName: cast.employers.lead.user.displayName }] }] });
      expect(spy.count()).toBeLessThanOrEqual(3);
    } finally {
      spy.restore();
    }
  });
});
