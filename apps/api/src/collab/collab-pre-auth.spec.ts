import * as encoding from 'lib0/encoding';
import WebSocket from 'ws';
import { connectCollab, until } from '../../test/collab-client';
import { buildSession } from '../../test/session-factories';
import { startTestApp, type TestApp } from '../../test/test-app';
import { positionDocument } from './document-name';
import { PRE_AUTH_CLOSE, PRE_AUTH_LIMITS } from './pre-auth-guard';

/** A y-protocols sync message (step 2, an update) for a document, as a client would send before authenticating. */
function syncMessage(name: string, bytes: number): Uint8Array {
  const encoder = encoding.createEncoder();
  encoding.writeVarString(encoder, name);
  encoding.writeVarUint(encoder, 0); // sync
  encoding.writeVarUint(encoder, 1); // step 2
  encoding.writeVarUint8Array(encoder, new Uint8Array(bytes));
  return encoding.toUint8Array(encoder);
}

function open(t: TestApp): Promise<WebSocket> {
  const ws = new WebSocket(`${t.url.replace(/^http/, 'ws')}/collab`);
  return new Promise((resolve, reject) => {
    ws.once('open', () => resolve(ws));
    ws.once('error', reject);
  });
}

const closed = (ws: WebSocket) => new Promise<number>((resolve) => ws.once('close', (code) => resolve(code)));

describe('co-drafting connections before authentication', () => {
  let t: TestApp;
  beforeAll(async () => (t = await startTestApp()));
  afterAll(() => t.close());

  it('cuts a connection that sends document messages without authenticating', async () => {
    const ws = await open(t);
    const end = closed(ws);
    const message = syncMessage('position:00000000-0000-4000-8000-000000000000:00000000-0000-4000-8000-000000000001', 16 * 1024);
    for (let i = 0; i < PRE_AUTH_LIMITS.messages * 4 && ws.readyState === WebSocket.OPEN; i++) ws.send(message);
    expect([PRE_AUTH_CLOSE.code, 1006]).toContain(await end);
  });

  it('cuts a connection that is not let into any document within the time allowed', async () => {
    const ws = await open(t);
    const started = Date.now();
    expect([PRE_AUTH_CLOSE.code, 1006]).toContain(await closed(ws));
    expect(Date.now() - started).toBeGreaterThanOrEqual(PRE_AUTH_LIMITS.ms - 100);
  }, 20_000);

  it('lets an editor who authenticates type freely past those limits', async () => {
    const { cast } = await buildSession(t);
    const [draft] = await t.dataSource.query('SELECT id FROM draft WHERE dossier_id = $1', [cast.dossierId]);
    const editor = connectCollab(t.url, positionDocument(cast.workers.lead.delegationId, draft.id), cast.workers.lead.token);
    await editor.ready;
    for (let i = 0; i < PRE_AUTH_LIMITS.messages * 2; i++) editor.doc.getText('body').insert(0, 'x');
    const reader = connectCollab(t.url, positionDocument(cast.workers.lead.delegationId, draft.id), cast.workers.member.token);
    await reader.ready;
    await until(() => reader.text().length === PRE_AUTH_LIMITS.messages * 2);
    expect(reader.text().length).toBe(PRE_AUTH_LIMITS.messages * 2);
    editor.destroy();
    reader.destroy();
  });
});
