import { randomUUID } from 'node:crypto';
import { io } from 'socket.io-client';
import type { Socket } from 'socket.io-client';
import { SIGN_IN, TEST_PASSWORD } from '../factories';
import { joinRoom, buildSession } from '../session-factories';
import { startFaultCluster, type FaultCluster } from './support/fault-cluster';
import { waitFor } from './support/ports';

const ADD = `mutation($input: AddCommentInput!) { addComment(input: $input) { id } }`;
const retryable = { code: 'SERVICE_UNAVAILABLE' };

async function post(url: string, query: string, variables: Record<string, unknown>, token?: string) {
  const response = await fetch(`${url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify({ query, variables }),
  });
  const body = (await response.json()) as { data?: unknown; errors?: Array<{ extensions: { code: string } }> };
  return { status: response.status, retryAfter: response.headers.get('retry-after'), code: body.errors?.[0]?.extensions.code, data: body.data };
}

/**
 * PostgreSQL goes away under a signed-in person: every transport says the
 * service is unavailable for a moment (retryable), nothing is half-written,
 * and everything works again by itself once the database is back.
 */
describe('a database outage, as the clients see it', () => {
  let cluster: FaultCluster;
  const sockets: Socket[] = [];
  beforeAll(async () => (cluster = await startFaultCluster()));
  afterAll(async () => {
    sockets.forEach((socket) => socket.disconnect());
    await cluster?.close();
  });

  it('answers SERVICE_UNAVAILABLE on GraphQL, HTTP, sign-in and sockets, writes nothing, and recovers by itself', async () => {
    const { cast, sessionId, agenda } = await buildSession(cluster.a);
    const [provision] = await cluster.a.dataSource.query('SELECT provision_id FROM agenda_item WHERE id = $1', [agenda[0].id]);
    const facilitator = await joinRoom(cluster.a, cast.facilitator.token, sessionId, sockets, cluster.b.url);
    const comment = { provisionId: provision.provision_id, body: 'Written during the outage?', visibility: 'PLENARY', clientId: randomUUID() };
    const token = cast.workers.lead.token;
    // The web app's sign-in cookie, as a browser holds it.
    const origin = new URL(cluster.a.config.publicUrl).origin;
    const webSignIn = await fetch(`${cluster.a.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', origin },
      body: JSON.stringify({ query: SIGN_IN, variables: { email: cast.workers.member.user.email, password: TEST_PASSWORD } }),
    });
    const cookie = (webSignIn.headers.get('set-cookie') ?? '').split(';')[0];
    const refresh = () => fetch(`${cluster.a.url}/api/auth/refresh`, { method: 'POST', headers: { origin, 'sec-fetch-site': 'same-origin', cookie } });

    await cluster.pg.stop();
    const checks = {
      query: await post(cluster.a.url, '{ me { id } }', {}, token),
      mutation: await post(cluster.b.url, ADD, { input: comment }, token),
      signIn: await post(cluster.a.url, SIGN_IN, { email: cast.workers.member.user.email, password: 'whatever it is' }),
    };
    for (const [what, answer] of Object.entries(checks)) {
      expect({ what, status: answer.status, code: answer.code }).toEqual({ what, status: 503, code: retryable.code });
      expect(answer.retryAfter).toBe('2');
    }
    const csv = await fetch(`${cluster.b.url}/api/dossiers/${cast.dossierId}/comments.csv`, { headers: { authorization: `Bearer ${token}` } });
    expect(csv.status).toBe(503);
    expect(((await csv.json()) as { errors: Array<{ extensions: { code: string } }> }).errors[0].extensions).toMatchObject(retryable);
    const ack = await facilitator.send('session:start', { sessionId });
    expect(ack).toMatchObject({ ok: false, error: retryable });
    const fresh = io(cluster.a.url, { auth: { token }, transports: ['websocket'], reconnection: false });
    sockets.push(fresh);
    const refusal = await new Promise<Error>((resolve) => fresh.on('connect_error', resolve));
    expect(refusal.message).toBe('SERVICE_UNAVAILABLE');
    // Sign-in tried again and again while the database is away (as the web app does): none of it counts as a guess.
    for (let i = 0; i < 12; i++) expect((await post(cluster.a.url, SIGN_IN, { email: cast.workers.member.user.email, password: TEST_PASSWORD })).code).toBe('SERVICE_UNAVAILABLE');
    // Restoring the web app's sign-in: the outage is said, and the cookie is kept (not cleared as if refused).
    const refused = await refresh();
    expect(refused.status).toBe(503);
    expect(refused.headers.get('set-cookie')).toBeNull();
    const health = await fetch(`${cluster.a.url}/health`);
    expect(health.status).toBe(503);

    await cluster.pg.start();
    // Back by itself: the same requests succeed, and the comment refused during the outage was never written.
    await waitFor(async () => (await post(cluster.a.url, '{ me { id } }', {}, token)).status === 200, 15_000, 'GraphQL did not recover');
    const [{ count }] = await cluster.a.dataSource.query('SELECT count(*)::int AS count FROM comment WHERE client_id = $1', [comment.clientId]);
    expect(count).toBe(0);
    expect((await post(cluster.b.url, ADD, { input: comment }, token)).status).toBe(200);
    expect(await facilitator.send('session:start', { sessionId })).toMatchObject({ ok: true });
    expect((await fetch(`${cluster.b.url}/api/dossiers/${cast.dossierId}/comments.csv`, { headers: { authorization: `Bearer ${token}` } })).status).toBe(200);
    expect((await refresh()).status).toBe(200);
    const afterwards = await post(cluster.a.url, SIGN_IN, { email: cast.workers.member.user.email, password: TEST_PASSWORD });
    expect({ status: afterwards.status, code: afterwards.code }).toEqual({ status: 200, code: undefined });
  });
});
