import { io, type Socket } from 'socket.io-client';
import { buildDossierWithCast } from '../../test/dossier-factories';
import { readDraft, SAMPLE_DRAFT, uploadDraft } from '../../test/draft-factories';
import { until } from '../../test/collab-client';
import { buildSignedInUser } from '../../test/factories';
import { startTestApp, type TestApp } from '../../test/test-app';

const ADD = `mutation($input: AddCommentInput!) { addComment(input: $input) { id visibility } }`;
const SECRET = 'Our fallback is to accept four years';

/**
 * The first invariant: a delegation's DELEGATION comments reach no one
 * outside it — not the other sides, observers, facilitators or admins —
 * by query, count, mutation, error or socket.
 */
describe('privacy of a delegation’s comments', () => {
  let t: TestApp;
  let cast: Awaited<ReturnType<typeof buildDossierWithCast>>;
  let article: string;
  let secretId: string;
  let admin: Awaited<ReturnType<typeof buildSignedInUser>>;
  const sockets: Socket[] = [];

  beforeAll(async () => {
    t = await startTestApp();
    cast = await buildDossierWithCast(t, { observersMayComment: true });
    admin = await buildSignedInUser(t, { role: 'ADMIN' });
    await uploadDraft(t, cast.facilitator.token, cast.dossierId, SAMPLE_DRAFT);
    article = (await readDraft(t, cast.facilitator.token, cast.dossierId)).provisions.find((p) => p.number === 'Article 3')!.id;
    const added = await t.gql(ADD, { input: { provisionId: article, body: SECRET, visibility: 'DELEGATION' } }, cast.workers.member.token);
    secretId = added.data!.addComment.id;
  });
  afterEach(() => sockets.splice(0).forEach((socket) => socket.disconnect()));
  afterAll(() => t.close());

  const outsiders = () => ({
    'the employers’ lead': cast.employers.lead.token,
    'a government member': cast.government.member.token,
    'an observer': cast.observer.token,
    'the facilitator': cast.facilitator.token,
    'an administrator': admin.token,
  });

  it('reaches the author’s delegation, lead included', async () => {
    const draft = await readDraft(t, cast.workers.lead.token, cast.dossierId);
    const provision = draft.provisions.find((p) => p.id === article)!;
    expect(provision.comments.map((c: { body: string }) => c.body)).toContain(SECRET);
    expect(provision.commentCount).toBe(1);
  });

  it.each(['the employers’ lead', 'a government member', 'an observer', 'the facilitator', 'an administrator'])('is invisible to %s, count included', async (who) => {
    const token = outsiders()[who as keyof ReturnType<typeof outsiders>];
    const provision = (await readDraft(t, token, cast.dossierId)).provisions.find((p) => p.id === article)!;
    expect(JSON.stringify(provision)).not.toContain(SECRET);
    expect(provision.commentCount).toBe(0);
  });

  it.each(['editComment(id: $id, input: { body: "x" })', 'deleteComment(id: $id)', 'resolveComment(id: $id)'])(
    'answers NOT_FOUND to outsiders who try %s, and changes nothing',
    async (mutation) => {
      for (const token of Object.values(outsiders())) {
        const result = await t.gql(`mutation($id: ID!) { ${mutation} { id } }`, { id: secretId }, token);
        expect(result.errors?.[0].extensions.code).toBe('NOT_FOUND');
        expect(JSON.stringify(result)).not.toContain(SECRET);
      }
      const [row] = await t.dataSource.query('SELECT body, deleted_at, resolved_at FROM comment WHERE id = $1', [secretId]);
      expect(row).toEqual({ body: SECRET, deleted_at: null, resolved_at: null });
    },
  );

  it('refuses a reply into the thread from another side as if it did not exist', async () => {
    const result = await t.gql(ADD, { input: { provisionId: article, body: 'Peek', parentId: secretId } }, cast.employers.lead.token);
    expect(result.errors?.[0].extensions.code).toBe('NOT_FOUND');
  });

  it('lets neither facilitators nor observers write private comments', async () => {
    for (const token of [cast.facilitator.token, cast.observer.token]) {
      const result = await t.gql(ADD, { input: { provisionId: article, body: 'Aside', visibility: 'DELEGATION' } }, token);
      expect(result.errors?.[0].extensions.code).toBe('FORBIDDEN');
    }
  });

  it('hides the provision itself from people outside the dossier', async () => {
    const result = await t.gql(ADD, { input: { provisionId: article, body: 'Hello', visibility: 'PLENARY' } }, cast.outsider.token);
    expect(result.errors?.[0].extensions.code).toBe('NOT_FOUND');
  });

  async function watching(token: string): Promise<{ socket: Socket; events: unknown[] }> {
    const socket = io(t.url, { auth: { token }, transports: ['websocket'], reconnection: false });
    sockets.push(socket);
    const events: unknown[] = [];
    socket.on('comment:changed', (event) => events.push(event));
    await new Promise((resolve) => socket.on('connect', () => resolve(undefined)));
    const ack = await socket.emitWithAck('dossier:watch', { dossierId: cast.dossierId });
    expect(ack.ok).toBe(true);
    return { socket, events };
  }

  it('sends the live event of a private comment to its delegation’s sockets only', async () => {
    const workers = await watching(cast.workers.lead.token);
    const others = await Promise.all(Object.values(outsiders()).map(watching));
    const result = await t.gql(ADD, { input: { provisionId: article, body: 'Another private note', visibility: 'DELEGATION' } }, cast.workers.member.token);
    const commentId = result.data!.addComment.id;
    // A sentinel: a plenary comment everyone watching is told of, after the private one would have been.
    const sentinel = (await t.gql(ADD, { input: { provisionId: article, body: 'For all', visibility: 'PLENARY' } }, cast.government.lead.token)).data!.addComment.id;
    const isSentinel = (event: unknown) => (event as { commentId: string }).commentId === sentinel;
    await until(() => [workers, ...others].every(({ events }) => events.some(isSentinel)));
    expect(workers.events).toContainEqual(expect.objectContaining({ commentId, change: 'created' }));
    for (const other of others) expect(other.events.filter((event) => !isSentinel(event))).toEqual([]);
  });

  it('sends plenary comments to everyone watching', async () => {
    const observer = await watching(cast.observer.token);
    const result = await t.gql(ADD, { input: { provisionId: article, body: 'For all', visibility: 'PLENARY' } }, cast.government.lead.token);
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(observer.events).toContainEqual(expect.objectContaining({ commentId: result.data!.addComment.id }));
  });

  it('stops a removed delegate at once, open socket included', async () => {
    const removedCast = await buildDossierWithCast(t);
    await uploadDraft(t, removedCast.facilitator.token, removedCast.dossierId, SAMPLE_DRAFT);
    const provisionId = (await readDraft(t, removedCast.facilitator.token, removedCast.dossierId)).provisions.find((p) => p.kind === 'ARTICLE')!.id;
    const socket = io(t.url, { auth: { token: removedCast.workers.member.token }, transports: ['websocket'], reconnection: false });
    sockets.push(socket);
    const events: unknown[] = [];
    socket.on('comment:changed', (event) => events.push(event));
    await new Promise((resolve) => socket.on('connect', () => resolve(undefined)));
    await socket.emitWithAck('dossier:watch', { dossierId: removedCast.dossierId });
    const [participant] = await t.dataSource.query('SELECT id FROM participant WHERE user_id = $1', [removedCast.workers.member.user.id]);
    await t.gql('mutation($id: ID!) { removeParticipant(participantId: $id) }', { id: participant.id }, removedCast.facilitator.token);
    await t.gql(ADD, { input: { provisionId, body: 'After you left', visibility: 'DELEGATION' } }, removedCast.workers.lead.token);
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(events).toEqual([]);
    expect((await t.gql('query($id: ID!) { dossier(id: $id) { id } }', { id: removedCast.dossierId }, removedCast.workers.member.token)).errors?.[0].extensions.code).toBe('NOT_FOUND');
  });
});
