import { randomUUID } from 'node:crypto';
import { buildDossierWithCast } from '../../test/dossier-factories';
import { readDraft, SAMPLE_DRAFT, uploadDraft } from '../../test/draft-factories';
import { startTestApp, type TestApp } from '../../test/test-app';

const ADD = `mutation($input: AddCommentInput!) { addComment(input: $input) {
  id body visibility parentId quote { exact prefix suffix } suggestedText author { displayName constituency } canEdit canResolve } }`;
const THREADS = `query($id: ID!) { dossier(id: $id) { currentDraft { provisions { id number comments {
  id body editedAt deletedAt resolvedAt onPreviousVersion replies { id body } } } } } }`;

describe('comments', () => {
  let t: TestApp;
  beforeAll(async () => (t = await startTestApp()));
  afterAll(() => t.close());

  async function setUp() {
    const cast = await buildDossierWithCast(t);
    await uploadDraft(t, cast.facilitator.token, cast.dossierId, SAMPLE_DRAFT);
    const provisions = (await readDraft(t, cast.facilitator.token, cast.dossierId)).provisions;
    const article3 = provisions.find((p) => p.number === 'Article 3')!.id;
    return { cast, article3 };
  }

  const threadsOf = async (token: string, dossierId: string, number: string) => {
    const result = await t.gql(THREADS, { id: dossierId }, token);
    return result.data!.dossier.currentDraft.provisions.find((p: { number: string }) => p.number === number).comments;
  };

  it('defaults a delegate’s comment to their delegation, with the quoted passage and a suggested wording', async () => {
    const { cast, article3 } = await setUp();
    const result = await t.gql(ADD, { input: {
      provisionId: article3, body: 'Too long', quote: { exact: 'three years', prefix: 'for a period of ', suffix: '.' }, suggestedText: 'two years',
    } }, cast.workers.member.token);
    expect(result.data?.addComment).toMatchObject({
      visibility: 'DELEGATION', quote: { exact: 'three years' }, suggestedText: 'two years', author: { constituency: 'WORKERS' }, canEdit: true,
    });
  });

  it('refuses a quote that is not in the provision', async () => {
    const { cast, article3 } = await setUp();
    const result = await t.gql(ADD, { input: { provisionId: article3, body: 'x', quote: { exact: 'ten years' } } }, cast.workers.member.token);
    expect(result.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', fieldErrors: [expect.objectContaining({ field: 'quote.exact' })] });
  });

  it('posts once when a client retries with the same id', async () => {
    const { cast, article3 } = await setUp();
    const input = { provisionId: article3, body: 'Once', visibility: 'PLENARY', clientId: randomUUID() };
    const first = await t.gql(ADD, { input }, cast.government.lead.token);
    const retry = await t.gql(ADD, { input }, cast.government.lead.token);
    expect(retry.data?.addComment.id).toBe(first.data?.addComment.id);
    expect(await threadsOf(cast.government.lead.token, cast.dossierId, 'Article 3')).toHaveLength(1);
  });

  it('threads replies under the first comment, in its visibility', async () => {
    const { cast, article3 } = await setUp();
    const root = await t.gql(ADD, { input: { provisionId: article3, body: 'Root', visibility: 'DELEGATION' } }, cast.employers.member.token);
    const reply = await t.gql(ADD, { input: { provisionId: article3, body: 'Agreed', visibility: 'PLENARY', parentId: root.data!.addComment.id } }, cast.employers.lead.token);
    expect(reply.data?.addComment).toMatchObject({ visibility: 'DELEGATION', parentId: root.data!.addComment.id });
    const threads = await threadsOf(cast.employers.lead.token, cast.dossierId, 'Article 3');
    expect(threads).toEqual([expect.objectContaining({ body: 'Root', replies: [expect.objectContaining({ body: 'Agreed' })] })]);
  });

  it('keeps the history of an edit and shows it was edited', async () => {
    const { cast, article3 } = await setUp();
    const added = await t.gql(ADD, { input: { provisionId: article3, body: 'First wording', visibility: 'PLENARY' } }, cast.government.member.token);
    const id = added.data!.addComment.id;
    const edited = await t.gql('mutation($id: ID!) { editComment(id: $id, input: { body: "Second wording" }) { body editedAt } }', { id }, cast.government.member.token);
    expect(edited.data?.editComment.editedAt).not.toBeNull();
    const [revision] = await t.dataSource.query('SELECT body FROM comment_revision WHERE comment_id = $1', [id]);
    expect(revision.body).toBe('First wording');
  });

  it('lets nobody but the author edit', async () => {
    const { cast, article3 } = await setUp();
    const added = await t.gql(ADD, { input: { provisionId: article3, body: 'Mine', visibility: 'PLENARY' } }, cast.government.member.token);
    const result = await t.gql('mutation($id: ID!) { editComment(id: $id, input: { body: "Yours" }) { id } }', { id: added.data!.addComment.id }, cast.facilitator.token);
    expect(result.errors?.[0].extensions.code).toBe('FORBIDDEN');
  });

  it('leaves a tombstone when a comment is deleted, with its words gone everywhere', async () => {
    const { cast, article3 } = await setUp();
    const added = await t.gql(ADD, { input: { provisionId: article3, body: 'Regrettable words', visibility: 'PLENARY' } }, cast.workers.lead.token);
    const id = added.data!.addComment.id;
    await t.gql('mutation($id: ID!) { editComment(id: $id, input: { body: "Still regrettable" }) { id } }', { id }, cast.workers.lead.token);
    await t.gql('mutation($id: ID!) { deleteComment(id: $id) { id } }', { id }, cast.workers.lead.token);
    const [thread] = await threadsOf(cast.observer.token, cast.dossierId, 'Article 3');
    expect(thread).toMatchObject({ id, body: null, deletedAt: expect.any(String) });
    const rows = await t.dataSource.query('SELECT body FROM comment WHERE id = $1 UNION ALL SELECT body FROM comment_revision WHERE comment_id = $1', [id]);
    expect(JSON.stringify(rows)).not.toMatch(/regrettable/i);
  });

  it('lets a lead of the author’s delegation resolve and reopen', async () => {
    const { cast, article3 } = await setUp();
    const added = await t.gql(ADD, { input: { provisionId: article3, body: 'Settle this', visibility: 'DELEGATION' } }, cast.workers.member.token);
    const id = added.data!.addComment.id;
    const byLead = await t.gql('mutation($id: ID!) { resolveComment(id: $id) { resolvedAt } }', { id }, cast.workers.lead.token);
    expect(byLead.data?.resolveComment.resolvedAt).not.toBeNull();
    const reopened = await t.gql('mutation($id: ID!) { resolveComment(id: $id, resolved: false) { resolvedAt } }', { id }, cast.workers.lead.token);
    expect(reopened.data?.resolveComment.resolvedAt).toBeNull();
  });

  it('mentions only participants who will read the comment', async () => {
    const { cast, article3 } = await setUp();
    const result = await t.gql(ADD, { input: { provisionId: article3, body: '@someone', visibility: 'DELEGATION', mentionUserIds: [cast.employers.lead.user.id] } }, cast.workers.member.token);
    expect(result.errors?.[0].extensions.code).toBe('BAD_USER_INPUT');
    const ok = await t.gql(ADD, { input: { provisionId: article3, body: '@lead', visibility: 'DELEGATION', mentionUserIds: [cast.workers.lead.user.id] } }, cast.workers.member.token);
    expect(ok.data?.addComment.id).toBeDefined();
  });

  it('follows a new version when its quote is still there, and stays on the previous version when not', async () => {
    const { cast, article3 } = await setUp();
    const kept = await t.gql(ADD, { input: { provisionId: article3, body: 'On the parties', visibility: 'PLENARY', quote: { exact: 'bind the parties' } } }, cast.government.lead.token);
    const lost = await t.gql(ADD, { input: { provisionId: article3, body: 'On the term', visibility: 'PLENARY', quote: { exact: 'three years' } } }, cast.government.lead.token);
    await uploadDraft(t, cast.facilitator.token, cast.dossierId, SAMPLE_DRAFT.replace('three years', 'five years'));
    const threads = await threadsOf(cast.government.lead.token, cast.dossierId, 'Article 3');
    expect(threads.map((c: { id: string }) => c.id)).toEqual([kept.data!.addComment.id]);
    const earlier = await t.gql(`query($id: ID!) { dossier(id: $id) { commentsOnPreviousVersions { version provisionText thread { id } } } }`, { id: cast.dossierId }, cast.government.lead.token);
    expect(earlier.data?.dossier.commentsOnPreviousVersions).toEqual([
      { version: 1, provisionText: expect.stringContaining('three years'), thread: { id: lost.data!.addComment.id } },
    ]);
  });

  it('names, for a thread left on version 1, the provision of the newest version that follows its own, through every version', async () => {
    const { cast, article3 } = await setUp();
    await t.gql(ADD, { input: { provisionId: article3, body: 'On the term', visibility: 'PLENARY', quote: { exact: 'three years' } } }, cast.government.lead.token);
    await uploadDraft(t, cast.facilitator.token, cast.dossierId, SAMPLE_DRAFT.replace('three years', 'five years'));
    await uploadDraft(t, cast.facilitator.token, cast.dossierId, SAMPLE_DRAFT.replace('three years', 'four years'));
    const newest = await t.gql(`query($id: ID!) { dossier(id: $id) { currentDraft { version provisions { id number } } } }`, { id: cast.dossierId }, cast.government.lead.token);
    const article3Now = newest.data?.dossier.currentDraft.provisions.find((p: { number: string }) => p.number === 'Article 3').id;
    const earlier = await t.gql(`query($id: ID!) { dossier(id: $id) { commentsOnPreviousVersions { version followedBy } } }`, { id: cast.dossierId }, cast.government.lead.token);
    expect(newest.data?.dossier.currentDraft.version).toBe(3);
    expect(earlier.data?.dossier.commentsOnPreviousVersions).toEqual([{ version: 1, followedBy: article3Now }]);
  });

  it('exports what the requester may see to CSV, without deleted comments', async () => {
    const { cast, article3 } = await setUp();
    await t.gql(ADD, { input: { provisionId: article3, body: '=HYPERLINK("x")', visibility: 'PLENARY', quote: { exact: 'three years' } } }, cast.employers.lead.token);
    await t.gql(ADD, { input: { provisionId: article3, body: 'Workers only', visibility: 'DELEGATION' } }, cast.workers.member.token);
    const gone = await t.gql(ADD, { input: { provisionId: article3, body: 'Deleted line', visibility: 'PLENARY' } }, cast.employers.lead.token);
    await t.gql('mutation($id: ID!) { deleteComment(id: $id) { id } }', { id: gone.data!.addComment.id }, cast.employers.lead.token);
    const response = await fetch(`${t.url}/api/dossiers/${cast.dossierId}/comments.csv`, { headers: { authorization: `Bearer ${cast.employers.lead.token}` } });
    const csv = await response.text();
    expect(csv).toContain(`'=HYPERLINK(""x"")`);
    expect(csv).toContain('three years');
    expect(csv).not.toContain('Workers only');
    expect(csv).not.toContain('Deleted line');
  });

  it('exports to DOCX', async () => {
    const { cast } = await setUp();
    const response = await fetch(`${t.url}/api/dossiers/${cast.dossierId}/comments.docx`, { headers: { authorization: `Bearer ${cast.facilitator.token}` } });
    expect(response.headers.get('content-type')).toContain('wordprocessingml');
    expect(Buffer.from(await response.arrayBuffer()).subarray(0, 2).toString()).toBe('PK');
  });
});
