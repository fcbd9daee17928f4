// bench:room's client process: participants' sockets of both systems (by label), each one a participant's
// screen kept as the web app keeps it (live-participant.mjs). The bench talks to it over IPC
// (room-clients.mjs); each request is { type, label, ... } and is answered once.
import { randomUUID } from 'node:crypto';
import { createHistogram } from 'node:perf_hooks';
import { io } from 'socket.io-client';
import { LoopSampler } from './children.mjs';
import { openParticipant } from './live-participant.mjs';
import { wallNow } from './util.mjs';
import { contracts, LIVE_SESSION_QUERY } from './web-live-session.mjs';

const { LiveSessionSync, SESSION_GAP_GRACE_MS } = contracts();
const CONNECT_CONCURRENCY = 10;
const rooms = new Map(); // label → { clients, loop, cpuUs, seconds, meter, sizes }

function room(label) {
  if (!rooms.has(label)) {
    const meter = { measuring: false, bytes: 0, events: 0, fetches: 0, fetchBytes: 0, wants: 0 };
    meter.received = (n) => meter.measuring && ((meter.bytes += n), (meter.events += 1));
    meter.fetched = (n) => meter.measuring && ((meter.fetchBytes += n), (meter.fetches += 1));
    meter.wanted = () => meter.measuring && (meter.wants += 1);
    rooms.set(label, { clients: [], loop: new LoopSampler(createHistogram), cpuUs: 0, seconds: 0, meter, sizes: new Map() });
  }
  return rooms.get(label);
}

async function pool(items, concurrency, work) {
  let next = 0;
  await Promise.all(
    Array.from({ length: Math.min(concurrency, items.length) }, async () => {
      while (next < items.length) await work(items[next++]);
    }),
  );
}

function connectSocket(url, token) {
  const socket = io(url, { auth: { token }, transports: ['websocket'], reconnection: false, forceNew: true });
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`${url}: no connection within 60 s`)), 60_000);
    socket.once('connect', () => (clearTimeout(timer), resolve(socket)));
    socket.once('connect_error', (error) => (clearTimeout(timer), reject(error)));
  });
}

const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * The web's ConsultationSession query, with the participant's token; the answer and its size. An outage answer
 * (503: the API could not reach its database) is tried again with backoff, as the web's retry link does.
 */
function stateFetcher(url, token, sessionId) {
  return async () => {
    for (let attempt = 1; ; attempt += 1) {
      const response = await fetch(`${url}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
        body: JSON.stringify({ operationName: 'ConsultationSession', query: LIVE_SESSION_QUERY, variables: { id: sessionId } }),
      });
      const text = await response.text();
      if (response.status === 503 && attempt < 20) {
        await sleep(Math.min(8_000, 500 * 2 ** (attempt - 1)));
        continue;
      }
      const body = JSON.parse(text);
      if (!body.data) throw new Error(`ConsultationSession: ${text.slice(0, 300)}`);
      return { state: body.data.consultationSession, bytes: Buffer.byteLength(text) };
    }
  };
}

/** A live-room event and its acknowledgement; SERVICE_UNAVAILABLE is sent again (5 times, 1.5 s × attempt apart), as the web's emitWithAck does. */
async function emitWithRetry(socket, event, payload) {
  for (let attempt = 0; ; attempt += 1) {
    const reply = await socket.timeout(120_000).emitWithAck(event, payload);
    if (reply.ok || reply.error?.code !== 'SERVICE_UNAVAILABLE' || attempt >= 5) return reply;
    await sleep(1_500 * (attempt + 1));
  }
}

const handlers = {
  /** `snapshot` (a JSON state) for the baseline, which has no API: its participants start from it. */
  async connect({ label, sessionId, clients: wanted, snapshot }) {
    const r = room(label);
    // The same payload reaches every socket of this process: its size on the wire is measured once per seq.
    const sizeOf = (change) => {
      let size = r.sizes.get(change.seq);
      if (size === undefined) r.sizes.set(change.seq, (size = Buffer.byteLength(`42["session:changed",${JSON.stringify(change)}]`)));
      return size;
    };
    await pool(wanted, CONNECT_CONCURRENCY, async ({ index, url, token }) => {
      const socket = await connectSocket(url, token);
      const fetchState = snapshot ? null : stateFetcher(url, token, sessionId);
      const initial = snapshot ? () => JSON.parse(snapshot) : null;
      r.clients.push(await openParticipant({ index, socket, sessionId, LiveSessionSync, gapGraceMs: SESSION_GAP_GRACE_MS, fetchState, initial, sizeOf, meter: r.meter, emit: emitWithRetry }));
    });
    return {};
  },
  async raise({ label, sessionId, raises }) {
    const byIndex = new Map(room(label).clients.map((c) => [c.index, c]));
    await pool(raises, CONNECT_CONCURRENCY, async ({ index, kind }) => {
      const reply = await emitWithRetry(byIndex.get(index).socket, 'hand:raise', { sessionId, kind, clientId: randomUUID() });
      if (!reply.ok) throw new Error(`hand:raise: ${JSON.stringify(reply)}`);
    });
    return {};
  },
  /** The lowest seq any participant here shows (null: none here). */
  status({ label }) {
    const { clients } = room(label);
    return { minSeen: clients.length ? Math.min(...clients.map((c) => c.sync.state?.seq ?? -1)) : null };
  },
  clock() {
    return { now: wallNow() };
  },
  /** Event-loop delay, CPU and what arrived, over the label's slices only (resumed and paused each slice). */
  start({ label }) {
    const r = room(label);
    r.loop.resume();
    r.cpu = process.cpuUsage();
    r.started = performance.now();
    r.meter.measuring = true;
    return {};
  },
  stop({ label }) {
    const r = room(label);
    r.meter.measuring = false;
    const loop = r.loop.pause();
    const used = process.cpuUsage(r.cpu);
    r.cpuUs += used.user + used.system;
    r.seconds += (performance.now() - r.started) / 1000;
    const { bytes, events, fetches, fetchBytes, wants } = r.meter;
    return { cpu: (r.cpuUs / 1e6 / r.seconds) * 100, loopP99: loop.p99, loopMax: loop.max, bytes, events, fetches, fetchBytes, wants };
  },
  /** Per participant: when the state shown reached each seq from..to (NaN: never), and seqs missed since `since`. */
  collect({ label, from, to, since }) {
    return {
      clients: room(label).clients.map((c) => {
        const applied = new Float64Array(Math.max(0, to - from + 1)).fill(NaN);
        let seenSince = 0;
        for (let k = 0; k < c.seqs.length; k += 1) {
          const seq = c.seqs[k];
          if (seq >= from && seq <= to && Number.isNaN(applied[seq - from])) applied[seq - from] = c.times[k];
          if (seq >= since && seq <= to) seenSince += 1;
        }
        const gapsSince = Math.max(0, Math.max(0, to - since + 1) - seenSince);
        return { index: c.index, applied: Buffer.from(applied.buffer).toString('base64'), gapsSince, disconnects: c.disconnects };
      }),
    };
  },
  disconnect({ label }) {
    const r = room(label);
    for (const c of r.clients.splice(0)) c.socket.disconnect();
    rooms.delete(label);
    return {};
  },
  exit() {
    setTimeout(() => process.exit(0), 10);
    return {};
  },
};

process.on('message', async (message) => {
  try {
    process.send({ id: message.id, ...(await handlers[message.type](message)) });
  } catch (error) {
    process.send({ id: message.id, error: error instanceof Error ? error.message : String(error) });
  }
});
process.on('SIGTERM', () => process.exit(0));
