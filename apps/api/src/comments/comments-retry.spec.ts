import { randomUUID } from 'node:crypto';
import { buildDraftedDossier } from '../../test/draft-factories';
import { startTestApp, type TestApp } from '../../test/test-app';

const ADD = `mutation($input: AddCommentInput!) { addComment(input: $input) { id visibility body resolvedAt } }`;

/** A retried `addComment` (same clientId) answers with what it posted — never with what its author may no longer see. */
describe('retrying a comment', () => {
  let t: TestApp;
  beforeAll(async () => (t = await startTestApp()));
  afterAll(() => t.close());

  async function setUp() {
    const { cast, provision } = await buildDraftedDossier(t);
    return { cast, article2: provision('Article 2'), article3: provision('Article 3') };
  }

  it('gives the same comment back to its author', async () => {
    const { cast, article3 } = await setUp();
    const input = { provisionId: article3, body: 'Once', visibility: 'DELEGATION', clientId: randomUUID() };
    const first = await t.gql(ADD, { input }, cast.workers.member.token);
    const again = await t.gql(ADD, { input }, cast.workers.member.token);
    expect(again.data?.addComment.id).toBe(first.data?.addComment.id);
  });

  it('does not hand a caucus note back to an author who has left the delegation', async () => {
    const { cast, article3 } = await setUp();
    const clientId = randomUUID();
    const note = await t.gql(ADD, { input: { provisionId: article3, body: 'Draft line', visibility: 'DELEGATION', clientId } }, cast.workers.member.token);
    const [seat] = await t.dataSource.query('SELECT id FROM participant WHERE user_id = $1 AND dossier_id = $2', [cast.workers.member.user.id, cast.dossierId]);
    await t.gql('mutation($id: ID!) { removeParticipant(participantId: $id) }', { id: seat.id }, cast.facilitator.token);
    await t.gql(
      'mutation($input: AddParticipantInput!) { addParticipant(input: $input) { id } }',
      { input: { dossierId: cast.dossierId, userId: cast.workers.member.user.id, role: 'OBSERVER' } },
      cast.facilitator.token,
    );
    await t.gql('mutation($id: ID!) { resolveComment(id: $id) { id } }', { id: note.data!.addComment.id }, cast.workers.lead.token);
    const retry = await t.gql(ADD, { input: { provisionId: article3, body: 'anything', visibility: 'PLENARY', clientId } }, cast.workers.member.token);
    expect(retry.data).toBeNull();
    expect(retry.errors?.[0].extensions.code).toBe('NOT_FOUND');
  });

  it('does not answer for another provision', async () => {
    const { cast, article2, article3 } = await setUp();
    const clientId = randomUUID();
    await t.gql(ADD, { input: { provisionId: article3, body: 'Here', visibility: 'PLENARY', clientId } }, cast.workers.member.token);
    const elsewhere = await t.gql(ADD, { input: { provisionId: article2, body: 'There', visibility: 'PLENARY', clientId } }, cast.workers.member.token);
    expect(elsewhere.errors?.[0].extensions.code).toBe('NOT_FOUND');
  });
});
