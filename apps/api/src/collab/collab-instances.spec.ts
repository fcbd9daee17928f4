import IORedis from 'ioredis';
import type { Socket } from 'socket.io-client';
import { connectCollab, until, type CollabClient } from '../../test/collab-client';
import { buildSession, joinRoom, settle } from '../../test/session-factories';
import { startTestApp, type TestApp } from '../../test/test-app';
import { describeWithServers } from '../../test/test-servers';
import { jointDocument, positionDocument } from './document-name';

/** Rights changed on one instance apply to editors connected to the other (in a file of its own: two apps in one process). */
describeWithServers('co-drafting rights across two instances', () => {
  let a: TestApp;
  let b: TestApp;
  const clients: CollabClient[] = [];
  const sockets: Socket[] = [];
  beforeAll(async () => {
    a = await startTestApp({}, { onServers: true });
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

  it('drops malformed Redis messages on a document channel and keeps the instances in sync', async () => {
    const { cast } = await buildSession(a);
    const [draft] = await a.dataSource.query('SELECT id FROM draft WHERE dossier_id = $1', [cast.dossierId]);
    const name = positionDocument(cast.workers.lead.delegationId, draft.id);
    const left = open(a, name, cast.workers.lead.token);
    const right = open(b, name, cast.workers.member.token);
    await Promise.all([left.ready, right.ready]);
    const rejections: unknown[] = [];
    const onRejection = (reason: unknown) => rejections.push(reason);
    process.on('unhandledRejection', onRejection);
    const redis = new IORedis(a.config.redisUrl!);
    try {
      const framed = (body: Buffer) => Buffer.concat([Buffer.from([8]), Buffer.from('intruder'), body]);
      for (const data of [Buffer.alloc(0), Buffer.from([255, 1, 2, 3]), framed(Buffer.from([0xff, 0xff, 0xff, 0xff, 0xff]))]) {
        await redis.publish(`${a.config.redisPrefix}:collab:${name}`, data);
      }
      await settle(300);
      left.doc.getText('body').insert(0, 'still ');
      right.doc.getText('body').insert(0, 'alive ');
      await until(() => left.text() === right.text() && left.text().length === 'still alive '.length, 5_000);
      expect(rejections).toEqual([]);
    } finally {
      process.off('unhandledRejection', onRejection);
      redis.disconnect();
    }
  });
});
