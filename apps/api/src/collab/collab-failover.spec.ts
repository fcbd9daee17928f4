import { connectCollab, until, type CollabClient } from '../../test/collab-client';
import { startInstanceProcess, type InstanceProcess } from '../../test/instance-process';
import { buildSession, settle } from '../../test/session-factories';
import { startTestApp, type TestApp } from '../../test/test-app';
import { describeWithServers } from '../../test/test-servers';
import { positionDocument } from './document-name';

interface Typist {
  client: CollabClient;
  typed: string[];
}

/**
 * Two instances on one PostgreSQL and Redis; one is killed (SIGKILL) while
 * everybody types. Its editors carry on against the other instance, and no
 * edit anyone made is lost — in any editor, nor in the stored document.
 */
describeWithServers('a co-drafting instance killed while its editors type', () => {
  let b: TestApp;
  let a: InstanceProcess;
  beforeAll(async () => {
    b = await startTestApp({}, { onServers: true });
    a = await startInstanceProcess(b);
  });
  afterAll(async () => {
    await a.kill();
    await b.close();
  });

  it('loses no edit: its editors reconnect to the other instance and every text converges', async () => {
    const { cast } = await buildSession(b);
    const [draft] = await b.dataSource.query('SELECT id FROM draft WHERE dossier_id = $1', [cast.dossierId]);
    const name = positionDocument(cast.workers.lead.delegationId, draft.id);
    const tokens = [cast.workers.lead.token, cast.workers.member.token];
    const typists: Typist[] = [a.url, a.url, b.url, b.url].map((url, index) => ({ client: connectCollab(url, name, tokens[index % 2], { maxAttempts: 0 }), typed: [] }));
    await Promise.all(typists.map((typist) => typist.client.ready));

    let typing = true;
    const loops = typists.map(async (typist, index) => {
      for (let seq = 0; typing; seq++) {
        const token = `${index}:${seq};`;
        const text = typist.client.doc.getText('body');
        text.insert(text.length, token);
        typist.typed.push(token);
        await settle(25);
      }
    });

    await settle(700);
    await a.kill();
    // Their server is gone mid-sentence: they keep typing offline, then land on instance B.
    const stranded = typists.slice(0, 2);
    stranded.forEach((typist) => typist.client.destroy());
    await settle(300);
    for (const typist of stranded) typist.client = connectCollab(b.url, name, tokens[0], { doc: typist.client.doc, maxAttempts: 0 });
    await Promise.all(typists.map((typist) => typist.client.ready));
    await settle(700);
    typing = false;
    await Promise.all(loops);

    const everything = typists.flatMap((typist) => typist.typed);
    expect(everything.length).toBeGreaterThan(80);
    const hasAll = (text: string) => everything.every((token) => text.includes(token));
    await until(() => typists.every((typist) => hasAll(typist.client.text())), 10_000);
    const texts = new Set(typists.map((typist) => typist.client.text()));
    expect(texts.size).toBe(1);

    // Stored too: after instance B restarts, a new editor reads every edit.
    await settle(2_500);
    typists.forEach((typist) => typist.client.destroy());
    b = await b.restart();
    const reader = connectCollab(b.url, name, cast.workers.member.token);
    await reader.ready;
    expect(hasAll(reader.text())).toBe(true);
    reader.destroy();
  });
});
