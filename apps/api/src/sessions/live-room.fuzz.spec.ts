import { randomUUID } from 'node:crypto';
import type { Socket } from 'socket.io-client';
import { SOCKET_MAX_PAYLOAD_BYTES, clientEvents } from '@tripart/contracts';
import { buildSession, joinRoom } from '../../test/session-factories';
import { startTestApp, type TestApp } from '../../test/test-app';

/** A small seeded generator: the same run every time, so a failure can be replayed. */
function generator(seed: number) {
  let state = seed;
  const next = () => ((state = (state * 1_103_515_245 + 12_345) % 2 ** 31) / 2 ** 31);
  const pick = <T>(items: readonly T[]): T => items[Math.floor(next() * items.length)];
  const value = (depth: number, ids: string[]): unknown => {
    const kinds = ['string', 'number', 'bool', 'null', 'id', 'long', 'array', 'object', 'undefined', 'enum'];
    switch (pick(depth > 2 ? kinds.slice(0, 6) : kinds)) {
      case 'string': return pick(['', 'x', '<script>', "'; DROP TABLE hand; --", '\u0000', 'é𝄞']);
      case 'number': return pick([0, -1, 1e308, Number.NaN, 3.5, 15, 3_600, 2 ** 53]);
      case 'bool': return next() > 0.5;
      case 'null': return null;
      case 'id': return pick(ids);
      case 'long': return 'x'.repeat(Math.floor(next() * 50_000)); // under the payload limit: oversized ones drop the socket (realtime.spec)
      case 'array': return Array.from({ length: Math.floor(next() * 4) }, () => value(depth + 1, ids));
      case 'object': return Object.fromEntries(pick([['sessionId'], ['sessionId', 'kind'], ['sessionId', 'handIds'], ['stance', 'reservation'], ['x']]).map((key) => [key, value(depth + 1, ids)]));
      case 'enum': return pick(['NORMAL', 'POINT_OF_ORDER', 'AGREE', 'CONSENSUS', 'FIFO', 'PROVISION_REVIEW', 'CAUCUS_BREAK']);
      default: return undefined;
    }
  };
  return { pick, value, next };
}

describe('the live room under random input', () => {
  let t: TestApp;
  const sockets: Socket[] = [];
  beforeAll(async () => (t = await startTestApp({ socketEventBurst: 100_000, socketEventsPerSecond: 100_000 })));
  afterAll(async () => {
    sockets.forEach((socket) => socket.disconnect());
    await new Promise((resolve) => setTimeout(resolve, 300));
    await t.close();
  });

  it('answers thousands of random payloads at every event with an ack, and keeps serving', async () => {
    const { cast, sessionId, agenda } = await buildSession(t);
    const facilitator = await joinRoom(t, cast.facilitator.token, sessionId, sockets);
    const delegate = await joinRoom(t, cast.workers.lead.token, sessionId, sockets);
    await facilitator.send('session:start', { sessionId });
    const ids = [sessionId, agenda[0].id, randomUUID(), cast.workers.lead.user.id, 'not-a-uuid'];
    const random = generator(144);
    const events = [...Object.keys(clientEvents), 'no:such:event', '__proto__', 'constructor'];
    let acks = 0;
    while (acks < 2_000) {
      const client = random.next() > 0.5 ? facilitator : delegate;
      const payload = random.next() > 0.2 ? { sessionId, ...(random.value(0, ids) as object) } : random.value(0, ids);
      // Over the payload limit the server drops the socket instead (tested in realtime.spec).
      if (JSON.stringify(payload ?? null).length > SOCKET_MAX_PAYLOAD_BYTES - 1_000) continue;
      const reply = await client.socket.timeout(5_000).emitWithAck(random.pick(events), payload).catch(() => ({ ok: 'timeout' }));
      expect(typeof reply.ok).toBe('boolean');
      if (!reply.ok) expect(reply.error).toEqual({ code: expect.any(String), message: expect.any(String) });
      acks += 1;
    }
    expect(acks).toBe(2_000);
    const ping = await delegate.socket.timeout(2_000).emitWithAck('presence:ping', { clientTime: Date.now() });
    expect(ping.ok).toBe(true);
    const health = await fetch(`${t.url}/health`);
    expect(health.status).toBe(200);
  }, 180_000);
});
