import { positionDocument } from '../../src/collab/document-name';
import { connectCollab, type CollabClient } from '../collab-client';
import { buildSession, settle } from '../session-factories';
import { startFaultCluster, type FaultCluster } from './support/fault-cluster';
import { waitFor } from './support/ports';

const OUTAGE_MS = 20_000;

interface Editor {
  client: CollabClient;
  typed: string[];
  /** The server's "stored" messages, in order. */
  stored: boolean[];
}

const health = async (url: string) => (await fetch(`${url}/health`)).json() as Promise<{ unstoredDocuments: number; database: string }>;

/**
 * Two people co-draft a position paper on two instances while PostgreSQL is
 * stopped for 20 s. Every edit typed is stored once it is back, and survives
 * a restart of both instances.
 */
describe('co-drafting through a database outage', () => {
  let cluster: FaultCluster;
  beforeAll(async () => (cluster = await startFaultCluster()));
  afterAll(() => cluster?.close());

  it('stores every typed edit once the database is back, and keeps them through a restart of both instances', async () => {
    const { cast } = await buildSession(cluster.a);
    const [draft] = await cluster.a.dataSource.query('SELECT id FROM draft WHERE dossier_id = $1', [cast.dossierId]);
    const name = positionDocument(cast.workers.lead.delegationId, draft.id);
    const editors: Editor[] = [
      { client: connectCollab(cluster.a.url, name, cast.workers.lead.token, { maxAttempts: 0 }), typed: [], stored: [] },
      { client: connectCollab(cluster.b.url, name, cast.workers.member.token, { maxAttempts: 0 }), typed: [], stored: [] },
    ];
    for (const editor of editors) {
      editor.client.provider.on('stateless', ({ payload }: { payload: string }) => {
        const message = JSON.parse(payload) as { type: string; stored?: boolean };
        if (message.type === 'tripart:stored') editor.stored.push(Boolean(message.stored));
      });
    }
    await Promise.all(editors.map((editor) => editor.client.ready));

    let typing = true;
    const loops = editors.map(async (editor, index) => {
      for (let seq = 0; typing; seq++) {
        const word = `${index}:${seq};`;
        const text = editor.client.doc.getText('body');
        text.insert(text.length, word);
        editor.typed.push(word);
        await settle(40);
      }
    });

    await settle(1_500);
    await cluster.pg.stop();
    const stoppedAt = Date.now();
    // While the database is away: both editors are told their edits are not stored yet, /health counts the document.
    await waitFor(() => editors.every((editor) => editor.stored.includes(false)), OUTAGE_MS, 'editors were not told that storing fails');
    const during = await Promise.all([health(cluster.a.url), health(cluster.b.url)]);
    expect(during.map((report) => report.database)).toEqual(['down', 'down']);
    expect(during.every((report) => report.unstoredDocuments === 1)).toBe(true);
    await settle(Math.max(0, OUTAGE_MS - (Date.now() - stoppedAt)));
    await cluster.pg.start();
    await settle(1_500);
    typing = false;
    await Promise.all(loops);

    const typed = editors.flatMap((editor) => editor.typed);
    await waitFor(async () => (await Promise.all([health(cluster.a.url), health(cluster.b.url)])).every((report) => report.unstoredDocuments === 0), 30_000, 'documents still unstored');
    expect(editors.map((editor) => editor.stored.at(-1))).toEqual([true, true]);
    const stored = await cluster.storedText(name);
    const storedCount = typed.filter((word) => stored.includes(word)).length;
    console.log(`co-drafting through a ${OUTAGE_MS / 1000} s database outage: ${typed.length} edits typed, ${storedCount} stored`);
    expect(storedCount).toBe(typed.length);

    editors.forEach((editor) => editor.client.destroy());
    await cluster.restartBoth();
    const reader = connectCollab(cluster.b.url, name, cast.workers.member.token);
    await reader.ready;
    const afterRestart = typed.filter((word) => reader.text().includes(word)).length;
    console.log(`after a restart of both instances: ${afterRestart} of ${typed.length} edits in the document`);
    expect(afterRestart).toBe(typed.length);
    reader.destroy();
  });
});
