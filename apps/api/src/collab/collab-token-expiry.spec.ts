import { CollabServer } from './collab.server';
import { positionDocument } from './document-name';
import { connectCollab, until, type CollabClient } from '../../test/collab-client';
import { buildSession, settle } from '../../test/session-factories';
import { startTestApp, type TestApp } from '../../test/test-app';
import { clockPast, shortLivedToken } from '../../test/token-factories';

describe('a Yjs connection lasts as long as its access token', () => {
  let t: TestApp;
  const clients: CollabClient[] = [];
  beforeAll(async () => (t = await startTestApp()));
  afterEach(async () => {
    clients.splice(0).forEach((client) => client.destroy());
    await settle(100);
  });
  afterAll(() => t.close());

  async function positionPaper() {
    const built = await buildSession(t);
    const [draft] = await t.dataSource.query('SELECT id FROM draft WHERE dossier_id = $1', [built.cast.dossierId]);
    return { cast: built.cast, name: positionDocument(built.cast.workers.lead.delegationId, draft.id) };
  }

  function open(name: string, token: string): CollabClient & { closedWith: Promise<number> } {
    const client = connectCollab(t.url, name, token);
    clients.push(client);
    // This provider does not reconnect once closed (the web app's does, with a fresh token; this one has none to give):
    // a retry left running would outlive the test.
    (client.socket as unknown as { shouldConnect: boolean }).shouldConnect = false;
    const closedWith = new Promise<number>((resolve) => client.socket.on('close', ({ event }: { event: { code: number } }) => resolve(event.code)));
    return Object.assign(client, { closedWith });
  }

  const serverText = (name: string) => t.app.get(CollabServer).hocuspocus.documents.get(name)?.getText('body').toString() ?? '';

  it('closes the WebSocket with 4401 when the token expires, so the provider reconnects with a fresh one', async () => {
    const { cast, name } = await positionPaper();
    const short = await shortLivedToken(t, cast.workers.lead.token, 2);
    const editor = open(name, short.token);
    await editor.ready;
    expect(await editor.closedWith).toBe(4401);
    expect(Date.now()).toBeGreaterThanOrEqual(short.expiresAt);
  });

  it('applies nothing an editor sends after its token expired', async () => {
    const { cast, name } = await positionPaper();
    const short = await shortLivedToken(t, cast.workers.lead.token, 2);
    const expiring = open(name, short.token);
    const colleague = open(name, cast.workers.member.token);
    await Promise.all([expiring.ready, colleague.ready]);
    expiring.doc.getText('body').insert(0, 'in time. ');
    await until(() => colleague.text() === 'in time. ');
    await clockPast(short.expiresAt);
    expiring.doc.getText('body').insert(0, 'too late. ');
    expect(await expiring.closedWith).toBe(4401);
    expect(serverText(name)).toBe('in time. ');
    expect(colleague.text()).toBe('in time. ');
  });

  it('closes the documents of a sign-in that signs out', async () => {
    const { cast, name } = await positionPaper();
    const editor = open(name, cast.workers.lead.token);
    await editor.ready;
    await t.gql(`mutation($token: String!) { signOut(refreshToken: $token) }`, { token: cast.workers.lead.refreshToken });
    expect(await editor.closedWith).toBe(4401);
  });
});
