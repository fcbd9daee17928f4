import { io, type Socket } from 'socket.io-client';
import { until } from '../../test/collab-client';
import { buildDossierWithCast } from '../../test/dossier-factories';
import { readDraft, SAMPLE_DRAFT, uploadDraft } from '../../test/draft-factories';
import { settle } from '../../test/session-factories';
import { startTestApp, type TestApp } from '../../test/test-app';
import { RealtimeService } from '../realtime/realtime.service';
import { parseDossierRoom } from './dossier-rooms';

const ADD = `mutation($input: AddCommentInput!) { addComment(input: $input) { id } }`;

describe('rooms of a reconnecting socket', () => {
  let t: TestApp;
  const sockets: Socket[] = [];
  beforeAll(async () => (t = await startTestApp()));
  afterEach(() => sockets.splice(0).forEach((socket) => socket.disconnect()));
  afterAll(async () => {
    await settle(200);
    await t.close();
  });

  async function watching(token: string, dossierId: string) {
    const socket = io(t.url, { auth: { token }, transports: ['websocket'], reconnectionDelay: 100, reconnectionDelayMax: 200 });
    sockets.push(socket);
    const bodies: string[] = [];
    socket.on('comment:changed', (event: { commentId: string }) => bodies.push(event.commentId));
    await new Promise((resolve) => socket.once('connect', () => resolve(undefined)));
    await socket.emitWithAck('dossier:watch', { dossierId });
    return { socket, bodies };
  }

  /** The network drops; Socket.IO reconnects by itself. Resolves once it is back. */
  async function dropAndAwaitReturn(socket: Socket, whileAway: () => Promise<unknown>) {
    // It comes back only once `whileAway` is done, however slow the machine.
    socket.io.reconnection(false);
    const away = new Promise<void>((resolve) => socket.once('disconnect', () => resolve()));
    socket.io.engine.close();
    await away;
    await whileAway();
    const back = new Promise<void>((resolve) => socket.once('connect', () => resolve()));
    socket.connect();
    await back;
  }

  /** Socket.IO recovers a connection from the last event it received: have one. */
  async function receiveOne(member: { bodies: string[] }, provisionId: string, token: string) {
    const first = await t.gql(ADD, { input: { provisionId, body: 'Hello', visibility: 'PLENARY' } }, token);
    await until(() => member.bodies.includes(first.data!.addComment.id));
    member.bodies.length = 0;
  }

  async function setUp() {
    const cast = await buildDossierWithCast(t);
    await uploadDraft(t, cast.facilitator.token, cast.dossierId, SAMPLE_DRAFT);
    const provisionId = (await readDraft(t, cast.facilitator.token, cast.dossierId)).provisions.find((p) => p.kind === 'ARTICLE')!.id;
    return { cast, provisionId };
  }

  it('gives a member back their delegation’s room, and the private comment they missed', async () => {
    const { cast, provisionId } = await setUp();
    const member = await watching(cast.workers.member.token, cast.dossierId);
    await receiveOne(member, provisionId, cast.workers.lead.token);
    let added: { data?: { addComment: { id: string } } } = {};
    await dropAndAwaitReturn(member.socket, async () => {
      added = await t.gql(ADD, { input: { provisionId, body: 'While you were away', visibility: 'DELEGATION' } }, cast.workers.lead.token);
    });
    expect(member.socket.recovered).toBe(true);
    await until(() => member.bodies.includes(added.data!.addComment.id), 5_000);
  });

  it('gives nothing back to someone removed from the delegation while offline', async () => {
    const { cast, provisionId } = await setUp();
    const member = await watching(cast.workers.member.token, cast.dossierId);
    await receiveOne(member, provisionId, cast.workers.lead.token);
    await dropAndAwaitReturn(member.socket, async () => {
      const [seat] = await t.dataSource.query('SELECT id FROM participant WHERE user_id = $1 AND dossier_id = $2', [cast.workers.member.user.id, cast.dossierId]);
      await t.gql('mutation($id: ID!) { removeParticipant(participantId: $id) }', { id: seat.id }, cast.facilitator.token);
      await t.gql(ADD, { input: { provisionId, body: 'After you left', visibility: 'DELEGATION' } }, cast.workers.lead.token);
      await t.gql(ADD, { input: { provisionId, body: 'Plenary, after you left', visibility: 'PLENARY' } }, cast.workers.lead.token);
    });
    expect(member.socket.recovered).toBe(false);
    await t.gql(ADD, { input: { provisionId, body: 'Later still', visibility: 'DELEGATION' } }, cast.workers.lead.token);
    await settle(300);
    expect(member.bodies).toEqual([]);
  });

  it('closes a recovered connection whose rights are gone by the time it is back in its rooms', async () => {
    const { cast, provisionId } = await setUp();
    const member = await watching(cast.workers.member.token, cast.dossierId);
    await receiveOne(member, provisionId, cast.workers.lead.token);
    // Stands for a removal committed just after the check made while the session was restored.
    let checks = 0;
    t.app.get(RealtimeService).guardRecovery(async (userId) => userId !== cast.workers.member.user.id || (checks += 1) === 1);
    await dropAndAwaitReturn(member.socket, async () => undefined);
    expect(member.socket.recovered).toBe(true);
    await until(() => member.socket.disconnected, 5_000);
    expect(checks).toBe(2);
  });

  it('reads room names', () => {
    const dossier = '11111111-1111-1111-1111-111111111111';
    const delegation = '22222222-2222-2222-2222-222222222222';
    const session = '33333333-3333-3333-3333-333333333333';
    expect(parseDossierRoom(`dossier:${dossier}:plenary`)).toEqual({ dossierId: dossier, delegationId: null });
    expect(parseDossierRoom(`dossier:${dossier}:delegation:${delegation}`)).toEqual({ dossierId: dossier, delegationId: delegation });
    expect(parseDossierRoom(`dossier:${dossier}:session:${session}`)).toEqual({ dossierId: dossier, delegationId: null });
    expect(parseDossierRoom(`dossier:${dossier}:session:${session}:delegation:${delegation}`)).toEqual({ dossierId: dossier, delegationId: delegation });
    expect(parseDossierRoom('user:abc')).toBeNull();
  });
});
