import { buildDossierWithCast } from '../../../test/dossier-factories';
import { READER, uploadDraft } from '../../../test/draft-factories';
import { startTestApp, type TestApp } from '../../../test/test-app';
import { countStatements } from '../../../test/sql-statements';

function draftWith(articles: number): string {
  return Array.from({ length: articles }, (_, i) => `Article ${i + 1} - Heading ${i + 1}\nThe text of article ${i + 1} applies to everyone.\n`).join('\n');
}

/** The dossier reader costs a fixed number of SQL statements, however long the draft and however many comments. */
describe('the reader query', () => {
  let t: TestApp;
  beforeAll(async () => (t = await startTestApp()));
  afterAll(() => t.close());

  async function statementsForReader(articles: number, commentsPerArticle: number): Promise<number> {
    const cast = await buildDossierWithCast(t);
    const { body } = await uploadDraft(t, cast.facilitator.token, cast.dossierId, draftWith(articles));
    const provisions: Array<{ id: string }> = await t.dataSource.query(`SELECT id FROM provision WHERE draft_id = $1 AND kind = 'ARTICLE'`, [body.draft.id]);
    for (const provision of provisions) {
      for (let i = 0; i < commentsPerArticle; i += 1) {
        const author = [cast.workers.member, cast.employers.lead, cast.government.member][i % 3];
        await t.gql(`mutation($input: AddCommentInput!) { addComment(input: $input) { id } }`,
          { input: { provisionId: provision.id, body: `Comment ${i}`, visibility: i % 2 ? 'PLENARY' : 'DELEGATION' } }, author.token);
      }
    }
    const spy = countStatements();
    try {
      const result = await t.gql(READER, { id: cast.dossierId }, cast.workers.lead.token);
      expect(result.errors).toBeUndefined();
      return spy.count();
    } finally {
      spy.restore();
    }
  }

  it('does not grow with provisions or comments', async () => {
    const small = await statementsForReader(2, 1);
    const large = await statementsForReader(25, 4);
    expect(small).toBeGreaterThan(0);
    expect(large).toBe(small);
    // The account, the dossier, its versions, the provisions, the change summary, the comments with their authors.
    expect(large).toBeLessThanOrEqual(6);
  });
});
