import { io } from 'socket.io-client';
import { connectCollab, until } from '../../test/collab-client';
import { buildSignedInUser } from '../../test/factories';
import { buildSession } from '../../test/session-factories';
import { startTestApp, type TestApp } from '../../test/test-app';
import { positionDocument } from '../collab/document-name';

const DISABLE = `mutation($id: ID!) { setUserDisabled(userId: $id, disabled: true) { id } }`;

/** Disabling an account closes what the person has open, not only their next request. */
describe('disabling someone who is connected', () => {
  let t: TestApp;
  beforeAll(async () => (t = await startTestApp()));
  afterAll(() => t.close());

  it('closes their live sockets and their open documents at once', async () => {
    const admin = await buildSignedInUser(t, { role: 'ADMIN' });
    const { cast } = await buildSession(t);
    const [draft] = await t.dataSource.query('SELECT id FROM draft WHERE dossier_id = $1', [cast.dossierId]);
    const socket = io(t.url, { auth: { token: cast.workers.member.token }, transports: ['websocket'], reconnection: false });
    await new Promise((resolve) => socket.once('connect', () => resolve(undefined)));
    const paper = connectCollab(t.url, positionDocument(cast.workers.lead.delegationId, draft.id), cast.workers.member.token);
    await paper.ready;
    let paperClosed = false;
    paper.provider.on('close', () => (paperClosed = true));

    await t.gql(DISABLE, { id: cast.workers.member.user.id }, admin.token);
    await until(() => !socket.connected && paperClosed);
    paper.destroy();
  });
});
