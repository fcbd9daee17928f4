import { randomUUID } from 'node:crypto';
import { connectCollab, type CollabClient } from '../collab-client';
import { settle } from '../session-factories';
import { joinAsParticipant, type LiveParticipant } from './support/live-participant';
import { openLiveRoom } from './support/live-scenario';
import { startFaultCluster, type FaultCluster } from './support/fault-cluster';
import { waitFor } from './support/ports';

const DOWN_MS = 3_000;

/**
 * Redis is restarted (killed, started empty) while a session runs on two
 * instances: the instances reconnect and resubscribe by themselves, live
 * changes and co-drafting reach the other instance again, nothing
 * acknowledged is lost, and no client library prints unhandled errors.
 */
describe('a Redis restart under a live session', () => {
  let cluster: FaultCluster;
  const participants: LiveParticipant[] = [];
  const editors: CollabClient[] = [];
  beforeAll(async () => (cluster = await startFaultCluster()));
  afterAll(async () => {
    participants.forEach((participant) => participant.close());
    editors.forEach((editor) => editor.destroy());
    await cluster?.close();
  });

  it('resubscribes both instances and loses nothing acknowledged', async () => {
    const { cast, sessionId, facilitator, paper: document } = await openLiveRoom(cluster.a);
    const people = [cast.government, cast.employers, cast.workers].flatMap((side) => [side.lead, side.member]);
    for (const [index, person] of people.entries()) participants.push(await joinAsParticipant(index % 2 ? cluster.b.url : cluster.a.url, person.token, sessionId));
    editors.push(connectCollab(cluster.a.url, document, cast.workers.lead.token, { maxAttempts: 0 }), connectCollab(cluster.b.url, document, cast.workers.member.token, { maxAttempts: 0 }));
    await Promise.all(editors.map((editor) => editor.ready));

    const raised: string[] = [];
    const typed: string[] = [];
    let acting = true;
    const actions = people.map(async (_person, index) => {
      while (acting) {
        const clientId = randomUUID();
        if ((await participants[index].send('hand:raise', { sessionId, kind: 'NORMAL', clientId })).ok) raised.push(clientId);
        await participants[index].send('hand:lower', { sessionId });
        await settle(80);
      }
    });
    const typing = editors.map(async (editor, index) => {
      for (let seq = 0; acting; seq++) {
        const word = `${index}:${seq};`;
        editor.doc.getText('body').insert(editor.doc.getText('body').length, word);
        typed.push(word);
        await settle(50);
      }
    });

    // Instance B dying (an unhandled rejection ends its process) fails the scenario at once, saying so, not as a
    // participant's action unacknowledged a minute later.
    const bExited = new Promise<never>((_, reject) =>
      cluster.b.child.once('exit', (code, signal) => reject(new Error(`instance B exited (${code ?? signal}): ${cluster.b.errorOutput().slice(-2_000)}`))),
    );
    bExited.catch(() => undefined); // it also exits when the cluster closes

    await settle(2_000);
    await cluster.redis.stop();
    await settle(DOWN_MS);
    await cluster.redis.start();
    const restartedAt = Date.now();
    await settle(3_000);
    acting = false;
    await Promise.race([Promise.all([...actions, ...typing]), bExited]);

    // Live changes cross instances again: a change made on A reaches everybody on B.
    const before = participants.map((participant) => participant.seqs.length);
    const sentinel = await facilitator.send('queue:mode', { sessionId, mode: 'FIFO' });
    expect(sentinel.ok).toBe(true);
    await waitFor(() => participants.every((participant, i) => participant.seqs.length > before[i] && participant.seqs.at(-1) === sentinel.seq), 15_000, 'a change on A did not reach every participant');
    const resubscribedIn = Date.now() - restartedAt;

    // Co-drafting crosses instances again, and is stored.
    await waitFor(() => editors.every((editor) => typed.every((word) => editor.text().includes(word))), 15_000, 'editors did not converge');
    await waitFor(async () => {
      const reports = await Promise.all([cluster.a.url, cluster.b.url].map(async (url) => ((await (await fetch(`${url}/health`)).json()) as { unstoredDocuments: number; redis?: string })));
      return reports.every((report) => report.unstoredDocuments === 0 && report.redis === 'up');
    }, 15_000, 'instances did not report Redis up and everything stored');
    const stored = await cluster.storedText(document);
    const editsLost = typed.filter((word) => !stored.includes(word)).length;

    const hands: Array<{ client_id: string; count: number }> = await cluster.a.dataSource.query('SELECT client_id, count(*)::int AS count FROM hand WHERE session_id = $1 GROUP BY client_id', [sessionId]);
    const counts = new Map(hands.map((row) => [row.client_id, row.count]));
    const lost = raised.filter((clientId) => !counts.has(clientId)).length;
    const duplicated = hands.filter((row) => row.count > 1).length;
    const unhandled = (cluster.b.errorOutput().match(/Unhandled error event/g) ?? []).length;
    console.log(
      `Redis restarted (down ${DOWN_MS / 1000} s): ${raised.length * 2} actions acknowledged, ${lost} lost, ${duplicated} duplicated; ` +
        `live changes across instances again within ${resubscribedIn} ms of the restart; ${typed.length} edits, ${typed.length - editsLost} stored; ${unhandled} unhandled Redis errors printed`,
    );
    expect({ lost, duplicated, editsLost, unhandled }).toEqual({ lost: 0, duplicated: 0, editsLost: 0, unhandled: 0 });
  });
});
