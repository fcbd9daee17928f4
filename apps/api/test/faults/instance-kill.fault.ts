import { randomUUID } from 'node:crypto';
import { comparable } from '../live-follower';
import { connectCollab, type CollabClient } from '../collab-client';
import { settle } from '../session-factories';
import { joinAsParticipant, type LiveParticipant } from './support/live-participant';
import { openLiveRoom } from './support/live-scenario';
import { startFaultCluster, type FaultCluster } from './support/fault-cluster';
import { startTcpBalancer, type TcpBalancer } from './support/tcp-balancer';
import { waitFor } from './support/ports';

const ADD = `mutation($input: AddCommentInput!) { addComment(input: $input) { id } }`;
const portOf = (url: string) => Number(new URL(url).port);
/** A value as JSON with its keys sorted: a state built by applying changes equals a fetched one whatever its keys' order. */
const canonical = (value: unknown): string =>
  JSON.stringify(value, (_key, part: unknown) =>
    part && typeof part === 'object' && !Array.isArray(part) ? Object.fromEntries(Object.entries(part).sort(([a], [b]) => (a < b ? -1 : 1))) : part,
  );

/** A comment posted until the API answers it (the client id makes a retry write nothing twice). */
async function postUntilAnswered(url: string, token: string, input: Record<string, unknown>): Promise<boolean> {
  for (;;) {
    const response = await fetch(`${url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
      body: JSON.stringify({ query: ADD, variables: { input } }),
    }).catch(() => null);
    if (response?.status === 200) return Boolean(((await response.json()) as { data?: unknown }).data);
    await settle(150);
  }
}

/**
 * An instance is killed (SIGKILL) in the middle of a live session: people
 * raise and lower hands and comment (each action retried until
 * acknowledged), two editors type. Behind a load balancer, everyone on the
 * dead instance lands on the other one within seconds, recovers their
 * session with the events they missed, shows the server's state (fetched
 * again after a gap, as the web app does), and nothing acknowledged is lost
 * or written twice.
 */
describe('an instance killed mid-session', () => {
  let cluster: FaultCluster;
  let balancer: TcpBalancer;
  const participants: LiveParticipant[] = [];
  const editors: CollabClient[] = [];
  beforeAll(async () => {
    cluster = await startFaultCluster();
    balancer = await startTcpBalancer(() => [portOf(cluster.a.url), portOf(cluster.b.url)]);
  });
  afterAll(async () => {
    participants.forEach((participant) => participant.close());
    editors.forEach((editor) => editor.destroy());
    await balancer?.close();
    await cluster?.close();
  });

  it('moves its clients to the other instance within 5 s, every screen showing the server’s state, no acknowledged action lost or duplicated, no edit lost', async () => {
    const { cast, sessionId, agenda, facilitator, paper: document } = await openLiveRoom(cluster.a);
    facilitator.socket.disconnect();
    const [provision] = await cluster.a.dataSource.query('SELECT provision_id FROM agenda_item WHERE id = $1', [agenda[0].id]);
    const people = [cast.government, cast.employers, cast.workers].flatMap((side) => [side.lead, side.member]);
    for (const person of people) participants.push(await joinAsParticipant(balancer.url, person.token, sessionId));
    editors.push(connectCollab(balancer.url, document, cast.workers.lead.token, { maxAttempts: 0 }), connectCollab(balancer.url, document, cast.workers.member.token, { maxAttempts: 0 }));
    await Promise.all(editors.map((editor) => editor.ready));

    const raised: string[] = [];
    const comments: string[] = [];
    const typed: string[] = [];
    let acting = true;
    const actions = people.map(async (person, index) => {
      for (let round = 0; acting; round++) {
        const clientId = randomUUID();
        const ack = await participants[index].send('hand:raise', { sessionId, kind: 'NORMAL', clientId });
        if (ack.ok) raised.push(clientId);
        await participants[index].send('hand:lower', { sessionId });
        if (round % 3 === 0) {
          const comment = randomUUID();
          if (await postUntilAnswered(balancer.url, person.token, { provisionId: provision.provision_id, body: `Point ${round}`, visibility: 'PLENARY', clientId: comment })) comments.push(comment);
        }
        await settle(50);
      }
    });
    const typing = editors.map(async (editor, index) => {
      for (let seq = 0; acting; seq++) {
        const word = `${index}:${seq};`;
        editor.doc.getText('body').insert(editor.doc.getText('body').length, word);
        typed.push(word);
        await settle(40);
      }
    });

    await settle(3_000);
    const onB = participants.filter((participant) => participant.socket.connected).length; // all connected now
    expect(onB).toBe(participants.length);
    const killedAt = Date.now();
    await cluster.b.kill();
    await settle(5_000);
    acting = false;
    await Promise.all([...actions, ...typing]);

    // Who was on B reconnected (to A) within 5 s, and recovered their session.
    const moved = participants.filter((participant) => participant.reconnections.some((reconnection) => reconnection.at >= killedAt));
    const firstReconnect = moved.map((participant) => participant.reconnections.find((reconnection) => reconnection.at >= killedAt)!);
    const slowest = Math.max(0, ...firstReconnect.map((reconnection) => reconnection.at - killedAt));
    const recovered = firstReconnect.filter((reconnection) => reconnection.recovered).length;
    expect(moved.length).toBeGreaterThan(0);
    expect(slowest).toBeLessThan(5_000);
    expect(recovered).toBe(moved.length);

    // Nothing acknowledged lost, nothing written twice.
    const hands: Array<{ client_id: string; count: number }> = await cluster.a.dataSource.query('SELECT client_id, count(*)::int AS count FROM hand WHERE session_id = $1 GROUP BY client_id', [sessionId]);
    const handCounts = new Map(hands.map((row) => [row.client_id, row.count]));
    const lostHands = raised.filter((clientId) => !handCounts.has(clientId)).length;
    const duplicatedHands = hands.filter((row) => row.count > 1).length;
    const stored: Array<{ client_id: string; count: number }> = await cluster.a.dataSource.query('SELECT client_id, count(*)::int AS count FROM comment WHERE client_id = ANY($1::text[]) GROUP BY client_id', [comments]);
    const lostComments = comments.length - stored.length;
    const duplicatedComments = stored.filter((row) => row.count > 1).length;

    // What every participant shows is the server's state. Socket.IO's recovery replays what the Redis stream holds
    // after the last packet the client got, and across instances that is not always everything it missed: an
    // instance delivers its own broadcasts at once and the other's when it reads them from the stream, so a client
    // can hold a later stream entry than one not yet delivered to it when its instance dies, and recovery skips that
    // one. A change committed by the killed instance in its last moment may never have been announced at all. Either
    // way the client sees the gap in `seq` and fetches the state, as the web app does: that makes what it shows exact.
    const sessionSeq = async () => Number((await cluster.a.dataSource.query('SELECT seq FROM consultation_session WHERE id = $1', [sessionId]))[0].seq);
    let seq = 0;
    let diverged = participants.length;
    await waitFor(
      async () => {
        seq = await sessionSeq();
        if (!participants.every((participant) => participant.sync.state?.seq === seq && !participant.fetching())) return false;
        const truths = await Promise.all(participants.map((participant) => participant.fetch()));
        diverged = participants.filter((participant, i) => canonical(comparable(participant.sync.state!)) !== canonical(comparable(truths[i]))).length;
        return diverged === 0 && (await sessionSeq()) === seq;
      },
      15_000,
      'participants did not show the state the server gives',
    );
    const announced = new Set(participants.flatMap((participant) => participant.seqs));
    const missed = participants.reduce((sum, participant) => {
      const own = new Set(participant.seqs);
      return sum + [...announced].filter((value) => value > participant.seqs[0] && !own.has(value)).length;
    }, 0);
    const disordered = participants.filter((participant) => participant.seqs.some((value, i) => i > 0 && value <= participant.seqs[i - 1])).length;
    const first = Math.min(...announced);
    const unannounced = Array.from({ length: seq - first + 1 }, (_, i) => first + i).filter((value) => !announced.has(value)).length;
    const fetches = participants.reduce((sum, participant) => sum + participant.fetches, 0);

    // Every edit in both editors and stored.
    await waitFor(() => editors.every((editor) => typed.every((word) => editor.text().includes(word))), 10_000, 'editors did not converge');
    await waitFor(async () => ((await (await fetch(`${cluster.a.url}/health`)).json()) as { unstoredDocuments: number }).unstoredDocuments === 0, 10_000, 'document unstored');
    const storedText = await cluster.storedText(document);
    const editsLost = typed.filter((word) => !storedText.includes(word)).length;

    const actionCount = raised.length * 2 + comments.length;
    console.log(
      `instance killed mid-session: ${moved.length} of ${participants.length} sockets moved, ${recovered} recovered, slowest back in ${slowest} ms; ` +
        `${actionCount} actions acknowledged (${raised.length} hands raised and lowered, ${comments.length} comments), ${lostHands + lostComments} lost, ${duplicatedHands + duplicatedComments} duplicated; ` +
        `${missed} announced changes not replayed by recovery and ${unannounced} committed by the killed instance without an announcement (${disordered} participants told of changes out of order), ` +
        `${fetches} state fetches by ${participants.length} participants (joining, reconnecting, gaps), ${diverged} showing a state other than the server's; ${typed.length} edits, ${typed.length - editsLost} stored`,
    );
    expect({ lostHands, duplicatedHands, lostComments, duplicatedComments, diverged, editsLost }).toEqual({ lostHands: 0, duplicatedHands: 0, lostComments: 0, duplicatedComments: 0, diverged: 0, editsLost: 0 });
  });
});
