import type { Socket } from 'socket.io-client';
import { connectCollab, until, type CollabClient } from '../../test/collab-client';
import { buildSession, joinRoom, settle } from '../../test/session-factories';
import { startTestApp, type TestApp } from '../../test/test-app';
import { jointDocument, positionDocument } from './document-name';

const withServers = process.env.DATABASE_URL && process.env.REDIS_URL ? describe : describe.skip;

/** Rights changed on one instance apply to editors connected to the other (in a file of its own: two apps in one process). */
withServers('co-drafting rights across two instances', () => {
  let a: TestApp;
  let b: TestApp;
  const clients: CollabClient[] = [];
  const sockets: Socket[] = [];
  beforeAll(async () => {
    a = await startTestApp();
    b = await startTestApp({ jwtSecret: a.config.jwtSecret }, { sameDatabaseAs: a });
  });
  afterEach(() => {
    clients.splice(0).forEach((client) => client.destroy());
    sockets.splice(0).forEach((socket) => socket.disconnect());
  });
  afterAll(async () => {
    await settle(200);
    await b.close();
    await a.close();
  });

  const open = (app: TestApp, name: string, token: string) => {
    const client = connectCollab(app.url, name, token);
    clients.push(client);
    return client;
  };

  it('locks the joint text for a delegate on the other instance', async () => {
    const { cast, sessionId, agenda } = await buildSession(a);
    const name = jointDocument(sessionId, agenda[0].id);
    const room = await joinRoom(a, cast.facilitator.token, sessionId, sockets);
    await room.send('drafting:set', { sessionId, agendaItemId: agenda[0].id, unlocked: true });
    const facilitator = open(a, name, cast.facilitator.token);
    const delegate = open(b, name, cast.workers.lead.token);
    await Promise.all([facilitator.ready, delegate.ready]);
    delegate.doc.getText('body').insert(0, 'Before. ');
    await until(() => facilitator.text() === 'Before. ');
    const told: unknown[] = [];
    delegate.provider.on('stateless', ({ payload }: { payload: string }) => told.push(JSON.parse(payload)));
    await room.send('drafting:set', { sessionId, agendaItemId: agenda[0].id, unlocked: false });
    await until(() => told.length === 1);
    expect(told).toEqual([{ type: 'tripart:access', writable: false }]);
    delegate.doc.getText('body').insert(8, 'After.');
    await settle(500);
    expect(facilitator.text()).toBe('Before. ');
  });

  it('closes the position paper, on the other instance, of a member removed from the delegation', async () => {
    const { cast } = await buildSession(a);
    const [draft] = await a.dataSource.query('SELECT id FROM draft WHERE dossier_id = $1', [cast.dossierId]);
    const member = open(b, positionDocument(cast.workers.lead.delegationId, draft.id), cast.workers.member.token);
    await member.ready;
    let closed = false;
    member.provider.on('close', () => (closed = true));
    const [participant] = await a.dataSource.query('SELECT id FROM participant WHERE user_id = $1', [cast.workers.member.user.id]);
    await a.gql('mutation($id: ID!) { removeParticipant(participantId: $id) }', { id: participant.id }, cast.facilitator.token);
    await until(() => closed);
  });
});
