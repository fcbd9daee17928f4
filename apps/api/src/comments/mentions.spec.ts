import { io, type Socket } from 'socket.io-client';
import { buildDraftedDossier } from '../../test/draft-factories';
import { until } from '../../test/collab-client';
import { startTestApp, type TestApp } from '../../test/test-app';

const ADD = `mutation($input: AddCommentInput!) { addComment(input: $input) { id mentions { id displayName } } }`;
const MINE = `{ myMentions { commentId dossierTitle provisionNumber draftVersion authorName excerpt visibility } }`;

describe('mentions', () => {
  let t: TestApp;
  const sockets: Socket[] = [];
  beforeAll(async () => (t = await startTestApp()));
  afterEach(() => sockets.splice(0).forEach((socket) => socket.disconnect()));
  afterAll(() => t.close());

  async function setUp() {
    const { cast, provision } = await buildDraftedDossier(t);
    return { cast, provisionId: provision('Article 3') };
  }

  it('shows who a comment names, to everyone who reads it', async () => {
    const { cast, provisionId } = await setUp();
    const added = await t.gql(ADD, { input: { provisionId, body: 'What do you think?', visibility: 'PLENARY', mentionUserIds: [cast.employers.lead.user.id] } }, cast.workers.lead.token);
    expect(added.data?.addComment.mentions).toEqual([{ id: cast.employers.lead.user.id, displayName: cast.employers.lead.user.displayName }]);
  });

  it('shows who comments name when a whole long draft is read at once', async () => {
    const { cast, provisionId } = await setUp();
    const named = await t.gql(ADD, { input: { provisionId, body: 'Over to you', visibility: 'PLENARY', mentionUserIds: [cast.employers.lead.user.id] } }, cast.workers.lead.token);
    const [{ delegation_id: delegationId }] = await t.dataSource.query('SELECT delegation_id FROM participant WHERE user_id = $1 AND dossier_id = $2', [cast.workers.lead.user.id, cast.dossierId]);
    // More comments than are asked about by id: their mentions are then read by dossier.
    await t.dataSource.query(
      `INSERT INTO comment (dossier_id, provision_id, author_id, delegation_id, visibility, body)
       SELECT $1, $2, $3, $4, 'PLENARY', 'Noted ' || n FROM generate_series(1, 250) AS n`,
      [cast.dossierId, provisionId, cast.workers.lead.user.id, delegationId],
    );
    const read = await t.gql(
      'query($id: ID!) { dossier(id: $id) { currentDraft { provisions { comments { id mentions { id } } } } } }',
      { id: cast.dossierId },
      cast.government.member.token,
    );
    const comments = read.data!.dossier.currentDraft.provisions.flatMap((provision: { comments: Array<{ id: string; mentions: Array<{ id: string }> }> }) => provision.comments);
    expect(comments).toHaveLength(251);
    expect(comments.filter((comment: { mentions: unknown[] }) => comment.mentions.length)).toEqual([{ id: named.data!.addComment.id, mentions: [{ id: cast.employers.lead.user.id }] }]);
  });

  it('lists the comments naming me, newest first, with where they are', async () => {
    const { cast, provisionId } = await setUp();
    await t.gql(ADD, { input: { provisionId, body: 'Please check the deadline', visibility: 'DELEGATION', mentionUserIds: [cast.workers.member.user.id] } }, cast.workers.lead.token);
    const mine = await t.gql(MINE, {}, cast.workers.member.token);
    expect(mine.data?.myMentions).toEqual([
      expect.objectContaining({ provisionNumber: 'Article 3', draftVersion: 1, authorName: cast.workers.lead.user.displayName, excerpt: 'Please check the deadline', visibility: 'DELEGATION' }),
    ]);
  });

  it("names a paragraph with its unit's number and heading", async () => {
    const { cast, provisions } = await buildDraftedDossier(t);
    const paragraph = provisions.find((p) => p.kind === 'PARAGRAPH' && p.number === '2.')!.id;
    await t.gql(ADD, { input: { provisionId: paragraph, body: 'Which sector?', visibility: 'PLENARY', mentionUserIds: [cast.workers.member.user.id] } }, cast.workers.lead.token);
    const mine = await t.gql(`{ myMentions { provisionNumber provisionHeading } }`, {}, cast.workers.member.token);
    expect(mine.data?.myMentions).toEqual([{ provisionNumber: 'Article 1(2)', provisionHeading: 'Scope' }]);
  });

  it('refuses to name, in a caucus note, someone outside the delegation', async () => {
    const { cast, provisionId } = await setUp();
    const result = await t.gql(ADD, { input: { provisionId, body: 'Secret', visibility: 'DELEGATION', mentionUserIds: [cast.facilitator.user.id] } }, cast.workers.lead.token);
    expect(result.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT' });
    expect(await t.dataSource.query('SELECT id FROM comment WHERE dossier_id = $1', [cast.dossierId])).toEqual([]);
  });

  it('drops a caucus note from my mentions once I leave the delegation', async () => {
    const { cast, provisionId } = await setUp();
    await t.gql(ADD, { input: { provisionId, body: 'Our fallback', visibility: 'DELEGATION', mentionUserIds: [cast.workers.member.user.id] } }, cast.workers.lead.token);
    const [participant] = await t.dataSource.query('SELECT id FROM participant WHERE user_id = $1 AND dossier_id = $2', [cast.workers.member.user.id, cast.dossierId]);
    await t.gql('mutation($id: ID!) { removeParticipant(participantId: $id) }', { id: participant.id }, cast.facilitator.token);
    expect((await t.gql(MINE, {}, cast.workers.member.token)).data?.myMentions).toEqual([]);
  });

  it('drops a deleted comment from my mentions', async () => {
    const { cast, provisionId } = await setUp();
    const added = await t.gql(ADD, { input: { provisionId, body: 'Oops', visibility: 'PLENARY', mentionUserIds: [cast.observer.user.id] } }, cast.government.lead.token);
    await t.gql('mutation($id: ID!) { deleteComment(id: $id) { id } }', { id: added.data!.addComment.id }, cast.government.lead.token);
    expect((await t.gql(MINE, {}, cast.observer.token)).data?.myMentions).toEqual([]);
  });

  it('tells the person named, live, and no one else', async () => {
    const { cast, provisionId } = await setUp();
    const listen = async (token: string) => {
      const socket = io(t.url, { auth: { token }, transports: ['websocket'], reconnection: false });
      sockets.push(socket);
      const events: unknown[] = [];
      socket.on('mention:created', (event) => events.push(event));
      await new Promise((resolve) => socket.on('connect', () => resolve(undefined)));
      return events;
    };
    const named = await listen(cast.employers.member.token);
    const other = await listen(cast.employers.lead.token);
    const added = await t.gql(ADD, { input: { provisionId, body: 'See this', visibility: 'PLENARY', mentionUserIds: [cast.employers.member.user.id] } }, cast.facilitator.token);
    // A sentinel: a later comment naming both, told to each after the first would have been.
    const mentioned = [cast.employers.member.user.id, cast.employers.lead.user.id];
    const sentinel = (await t.gql(ADD, { input: { provisionId, body: 'Both of you', visibility: 'PLENARY', mentionUserIds: mentioned } }, cast.facilitator.token)).data!.addComment.id;
    const beforeSentinel = (events: unknown[]) => events.filter((event) => (event as { commentId: string }).commentId !== sentinel);
    await until(() => [named, other].every((events) => beforeSentinel(events).length < events.length));
    expect(beforeSentinel(named)).toEqual([{ dossierId: cast.dossierId, provisionId, commentId: added.data!.addComment.id }]);
    expect(beforeSentinel(other)).toEqual([]);
  });
});
