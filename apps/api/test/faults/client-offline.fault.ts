import { randomUUID } from 'node:crypto';
import { connectCollab, type CollabClient } from '../collab-client';
import { settle } from '../session-factories';
import { joinAsParticipant, type LiveParticipant } from './support/live-participant';
import { openLiveRoom } from './support/live-scenario';
import { startFaultCluster, type FaultCluster } from './support/fault-cluster';
import { waitFor } from './support/ports';

const OFFLINE_MS = 30_000;
const QUEUE = `query($id: ID!) { consultationSession(id: $id) { seq queue { hand { id } person { id } } } }`;

/**
 * One delegate's laptop loses the network for 30 s while its hand is in the
 * queue and it is co-drafting; the room carries on (others raise hands, the
 * floor moves, the other editor types). When it comes back, its offline edits
 * merge with everybody's, it is told of what it missed, and its place in the
 * queue is what the room did with it.
 */
describe('a client offline for 30 s', () => {
  let cluster: FaultCluster;
  const participants: LiveParticipant[] = [];
  const editors: CollabClient[] = [];
  beforeAll(async () => (cluster = await startFaultCluster()));
  afterAll(async () => {
    participants.forEach((participant) => participant.close());
    editors.forEach((editor) => editor.destroy());
    await cluster?.close();
  });

  it('merges its edits and finds its queue state right when it returns', async () => {
    const { cast, sessionId, facilitator, paper: document } = await openLiveRoom(cluster.a);
    const away = await joinAsParticipant(cluster.b.url, cast.workers.member.token, sessionId);
    const others = [cast.government.lead, cast.employers.lead, cast.workers.lead];
    for (const person of others) participants.push(await joinAsParticipant(cluster.a.url, person.token, sessionId));
    participants.push(away);
    const offlineEditor = connectCollab(cluster.b.url, document, cast.workers.member.token, { maxAttempts: 0 });
    const otherEditor = connectCollab(cluster.a.url, document, cast.workers.lead.token, { maxAttempts: 0 });
    editors.push(offlineEditor, otherEditor);
    await Promise.all(editors.map((editor) => editor.ready));

    expect((await away.send('hand:raise', { sessionId, kind: 'NORMAL', clientId: randomUUID() })).ok).toBe(true);
    const typed: string[] = [];
    let typing = true;
    const loops = editors.map(async (editor, index) => {
      for (let seq = 0; typing; seq++) {
        const word = `${index}:${seq};`;
        editor.doc.getText('body').insert(editor.doc.getText('body').length, word);
        typed.push(word);
        await settle(100);
      }
    });

    // The network goes: both of its connections drop and stay down.
    away.socket.io.reconnection(false);
    away.socket.io.engine.close();
    const offlineSince = Date.now();
    offlineEditor.socket.disconnect();
    const seenBefore = away.seqs.length;
    // Meanwhile the room moves: the others raise hands, the first of them gets the floor and yields it.
    for (const participant of participants.slice(0, 3)) await participant.send('hand:raise', { sessionId, kind: 'NORMAL', clientId: randomUUID() });
    const given = await facilitator.send('floor:give', { sessionId });
    expect(given.ok).toBe(true);
    await settle(OFFLINE_MS / 2);
    await facilitator.send('floor:take', { sessionId });
    await settle(OFFLINE_MS / 2);

    // Back online.
    const backAt = Date.now();
    away.socket.io.reconnection(true);
    away.socket.connect();
    await offlineEditor.socket.connect();
    await waitFor(() => away.reconnections.length > 0, 10_000, 'the socket did not come back');
    expect(away.reconnections[0].at - offlineSince).toBeGreaterThanOrEqual(OFFLINE_MS);
    await settle(1_500);
    typing = false;
    await Promise.all(loops);

    const [{ seq }] = await cluster.a.dataSource.query('SELECT seq FROM consultation_session WHERE id = $1', [sessionId]);
    await waitFor(() => away.seqs.at(-1) === seq, 10_000, 'the returning client was not told of what it missed');
    const missedWhileAway = away.seqs.length - seenBefore;
    const state = await cluster.a.gql<{ consultationSession: { queue: Array<{ hand: { id: string }; person: { id: string } }> } }>(QUEUE, { id: sessionId }, cast.workers.member.token);
    const [mine] = await cluster.a.dataSource.query(`SELECT id, status FROM hand WHERE session_id = $1 AND user_id = $2`, [sessionId, cast.workers.member.user.id]);
    expect(mine.status).toBe('WAITING');
    expect(state.data!.consultationSession.queue.some((entry) => entry.person.id === cast.workers.member.user.id && entry.hand.id === mine.id)).toBe(true);

    await waitFor(() => editors.every((editor) => typed.every((word) => editor.text().includes(word))), 15_000, 'offline edits did not merge');
    await waitFor(async () => ((await (await fetch(`${cluster.b.url}/health`)).json()) as { unstoredDocuments: number }).unstoredDocuments === 0, 10_000, 'unstored');
    const stored = await cluster.storedText(document);
    const offlineWords = typed.filter((word) => word.startsWith('0:')).length;
    console.log(
      `client offline ${OFFLINE_MS / 1000} s: back in ${away.reconnections[0].at - backAt} ms, session ${away.reconnections[0].recovered ? 'recovered' : 'not recovered'}, ` +
        `told of ${missedWhileAway} changes it missed; its hand still waiting in the queue; ${typed.length} edits (${offlineWords} by it, most offline), ${typed.filter((word) => stored.includes(word)).length} stored`,
    );
    expect(away.reconnections[0].recovered).toBe(true);
    expect(typed.every((word) => stored.includes(word))).toBe(true);
  });
});
