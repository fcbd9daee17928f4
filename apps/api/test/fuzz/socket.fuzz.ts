import fc from 'fast-check';
import type { Socket } from 'socket.io-client';
import { clientEvents, SOCKET_MAX_PAYLOAD_BYTES, type ClientEventName } from '@tripart/contracts';
import { buildSession, joinRoom, type RoomClient } from '../session-factories';
import { startTestApp, type TestApp } from '../test-app';
import { expectHealthy, fuzzParameters, runs, storedSignature } from './fuzz-support';
import { payloadFor } from './socket-arbitraries';

/**
 * Every client → server event of libs/contracts with arbitrary payloads, from
 * a facilitator, a delegation lead and an observer on real sockets: every event
 * gets an ack (`ok`, or an error with a code that is not INTERNAL_SERVER_ERROR),
 * a refused event changes nothing stored, and the server keeps serving.
 * (apps/api/src/sessions/live-room.fuzz.spec.ts runs a small seeded version in `npm test`.)
 */
describe('the live room under arbitrary payloads', () => {
  let t: TestApp;
  const sockets: Socket[] = [];
  beforeAll(async () => (t = await startTestApp({ socketEventBurst: 1_000_000, socketEventsPerSecond: 1_000_000 })));
  afterAll(async () => {
    sockets.forEach((socket) => socket.disconnect());
    await t.close();
  });

  it('acknowledges every payload at every event without an internal error, and a refused one changes nothing', async () => {
    const { cast, sessionId, agenda } = await buildSession(t);
    const clients: RoomClient[] = [];
    for (const person of [cast.facilitator, cast.workers.lead, cast.observer]) clients.push(await joinRoom(t, person.token, sessionId, sockets));
    await clients[0].send('session:start', { sessionId });
    const ids = [sessionId, agenda[0].id, agenda[1].id, cast.dossierId, cast.workers.lead.user.id, cast.facilitator.user.id];
    const events = Object.keys(clientEvents) as ClientEventName[];
    const failures = new Map<string, unknown>();
    const counts = { cases: 0, refused: 0 };

    const property = fc.asyncProperty(
      fc.constantFrom(...events).chain((event) => fc.tuple(fc.constant(event), payloadFor(clientEvents[event], ids), fc.nat({ max: clients.length - 1 }))),
      async ([event, payload, who]) => {
        if (JSON.stringify(payload ?? null).length > SOCKET_MAX_PAYLOAD_BYTES / 2) return; // larger ones drop the socket (realtime.spec)
        const before = await storedSignature(t);
        const reply = await clients[who].socket.timeout(5_000).emitWithAck(event, payload).catch(() => ({ ok: 'no ack' }));
        counts.cases += 1;
        const input = { event, payload, who };
        if (typeof reply.ok !== 'boolean') return void failures.set(`${event}: no ack`, input);
        if (reply.ok) return;
        counts.refused += 1;
        if (reply.error?.code === 'INTERNAL_SERVER_ERROR') failures.set(`${event}: INTERNAL_SERVER_ERROR`, input);
        const after = await storedSignature(t);
        if (after !== before) failures.set(`${event}: refused (${reply.error?.code}) yet changed the data`, input);
      },
    );
    await fc.assert(property, fuzzParameters(runs(6_000)));
    expect(Object.fromEntries(failures)).toEqual({});
    for (const client of clients) expect((await client.socket.timeout(2_000).emitWithAck('presence:ping', { clientTime: Date.now() })).ok).toBe(true);
    await expectHealthy(t);
    console.log(`Socket fuzz: ${counts.cases} payloads over ${events.length} events, ${counts.refused} refused, none changed the data`);
  });
});
