// One measured room of bench:room: the facilitator on servers[0], the participants connected and joined (half on
// each server, in the client processes), memory read before and after. `slice(seconds)` runs the facilitator's
// actions for that long; `results()` (room-results.mjs) times every state applied over all slices; `close()`
// disconnects everyone.
import { createHistogram } from 'node:perf_hooks';
import { io } from 'socket.io-client';
import { LoopSampler, loopPause, loopResume } from './children.mjs';
import { roomResults } from './room-results.mjs';
import { cpuTicks, machineTicks, ticksByName, ticksPercent } from './system.mjs';
import { sleep, wallNow } from './util.mjs';

export const CHANGED = 'session:changed';
const ACTIONS_CYCLE = ['floor:give', 'floor:take'];
const STATEMENTS = 'String(globalThis.__benchProbe.statements)';

export function connectSocket(url, token) {
  const socket = io(url, { auth: { token }, transports: ['websocket'], reconnection: false, forceNew: true });
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`${url}: no connection within 60 s`)), 60_000);
    socket.once('connect', () => (clearTimeout(timer), resolve(socket)));
    socket.once('connect_error', (error) => (clearTimeout(timer), reject(error)));
  });
}

export function expectOk(reply, what) {
  if (!reply?.ok) throw new Error(`${what}: ${JSON.stringify(reply)}`);
}

/**
 * `prepare(send)` readies the room (start, a round); `snapshot` (baseline) is the state its participants start from;
 * `raises` the hands to raise before measuring; `departed()` how many departures are still to commit.
 */
export async function openRoom({ label, servers, tokens, sessionId, facilitatorToken, prepare, snapshot, raises, departed, clientProcs, run }) {
  const [home] = servers;
  const n = tokens.length;
  const half = Math.ceil(n / 2);
  const serverOf = (i) => (i < half ? 0 : 1);
  const ask = (message, timeout) => Promise.all(clientProcs.map((p, k) => p.request({ label, ...(typeof message === 'function' ? message(k) : message) }, timeout)));

  const facilitator = await connectSocket(home.url, facilitatorToken);
  let facilitatorSeen = 0;
  facilitator.on(CHANGED, (change) => (facilitatorSeen = Math.max(facilitatorSeen, change.seq)));
  const send = (event, payload, timeout = 30_000) =>
    facilitator
      .timeout(timeout)
      .emitWithAck(event, payload)
      .catch((error) => ({ ok: false, error: { code: 'TIMEOUT', message: error.message } }));
  /** Waits (at most `seconds`) until every participant's state shows the change `target()`. */
  const caughtUp = async (target, seconds) => {
    const until = performance.now() + seconds * 1000;
    for (;;) {
      const seen = Math.min(...(await ask({ type: 'status' })).flatMap((x) => (x.minSeen === null ? [] : [x.minSeen])));
      if (seen >= target() || performance.now() > until) return;
      await sleep(100);
    }
  };

  expectOk(await send('session:join', { sessionId }), 'session:join');
  if (prepare) await prepare(send);
  await sleep(1000);
  const memBefore = await Promise.all(servers.map((x) => x.memory()));

  // Participants: client i on server serverOf(i), in client process i % processes. A tenth of them first (warm-up:
  // pool connections, code compiled on first use), memory, then the rest, memory: the cost per connection is the
  // difference over the rest.
  const warm = (i) => Math.floor(i / clientProcs.length) % 10 === 0;
  let join = 0;
  const connect = async (which) => {
    const started = performance.now();
    await ask(
      (k) => ({ type: 'connect', sessionId, snapshot, clients: tokens.flatMap((token, i) => (which(i) && i % clientProcs.length === k ? [{ index: i, url: servers[serverOf(i)].url, token }] : [])) }),
      1_200_000,
    );
    join += (performance.now() - started) / 1000;
  };
  await connect(warm);
  await caughtUp(() => facilitatorSeen, 60);
  const memWarm = await Promise.all(servers.map((x) => x.memory()));
  await connect((i) => !warm(i));
  await caughtUp(() => facilitatorSeen, 120);
  const allJoined = facilitatorSeen + 1; // from here on, every change must reach every participant
  await sleep(2000);
  const memAfter = await Promise.all(servers.map((x) => x.memory()));
  if (raises.length) await ask((k) => ({ type: 'raise', sessionId, raises: raises.filter((x) => x.index % clientProcs.length === k) }), 1_200_000);
  await caughtUp(() => facilitatorSeen, 120);
  await home.eval('globalThis.__benchProbe.times = []; 1');
  const clocks = [...(await Promise.all(servers.map((x) => x.clockOffset()))), ...(await Promise.all(clientProcs.map((p) => p.clockOffset())))];

  const actions = [];
  const sliceBusy = [];
  const mainLoop = new LoopSampler(createHistogram);
  const totals = { elapsed: 0, actionSeconds: 0, serverTicks: servers.map(() => 0), statements: 0, dbCpuSeconds: 0, machineBusy: 0, machineTotal: 0, mainCpuUs: 0 };
  const measured = { serverLoops: [], clientStats: [], mainLoop: { p99: NaN, max: NaN } };
  const statements = async () => (await Promise.all(servers.map((x) => x.eval(STATEMENTS)))).reduce((sum, [count]) => sum + Number(count), 0);

  return {
    async slice(seconds) {
      const slice = sliceBusy.length;
      for (const server of servers) await server.eval(loopResume());
      const statementsBefore = await statements();
      const serverTicks = servers.map((x) => cpuTicks(x.pid));
      const dbTicks = ticksByName(['postgres', 'redis-server']);
      const machine = machineTicks();
      const mainCpu = process.cpuUsage();
      await ask({ type: 'start' });
      mainLoop.resume();
      const began = wallNow();
      const t0 = began + 100;
      for (let i = 0; i < seconds * run.rate; i += 1) {
        const wait = t0 + (i * 1000) / run.rate - wallNow();
        if (wait > 0) await sleep(wait);
        const event = ACTIONS_CYCLE[actions.length % ACTIONS_CYCLE.length];
        const action = { event, slice, sentAt: NaN, ackAt: NaN, seq: NaN, error: null, rateLimited: 0 };
        for (;;) {
          action.sentAt = wallNow();
          const reply = await send(event, { sessionId });
          action.ackAt = wallNow();
          if (reply.ok) {
            action.seq = reply.seq;
            break;
          }
          if (reply.error?.code === 'RATE_LIMITED' && action.rateLimited < 50) {
            action.rateLimited += 1;
            await sleep(1000 / run.rate);
            continue;
          }
          action.error = reply.error?.code ?? 'UNKNOWN';
          break;
        }
        actions.push(action);
      }
      totals.actionSeconds += (wallNow() - began) / 1000;
      const last = Math.max(0, ...actions.filter((x) => Number.isFinite(x.seq)).map((x) => x.seq));
      await caughtUp(() => last, run.drainSeconds); // this slice's changes all shown (or the wait ran out) before the next
      const elapsed = (wallNow() - began) / 1000;
      measured.mainLoop = mainLoop.pause();
      measured.clientStats = await ask({ type: 'stop' });
      const used = process.cpuUsage(mainCpu);
      servers.forEach((x, k) => (totals.serverTicks[k] += cpuTicks(x.pid) - serverTicks[k]));
      totals.statements += (await statements()) - statementsBefore;
      totals.dbCpuSeconds += (ticksPercent(dbTicks, ticksByName(['postgres', 'redis-server']), elapsed) / 100) * elapsed;
      const machineAfter = machineTicks();
      totals.machineBusy += machineAfter.busy - machine.busy;
      totals.machineTotal += machineAfter.total - machine.total;
      sliceBusy.push(((machineAfter.busy - machine.busy) / (machineAfter.total - machine.total)) * 100);
      totals.mainCpuUs += used.user + used.system;
      totals.elapsed += elapsed;
      measured.serverLoops = [];
      for (const server of servers) measured.serverLoops.push(JSON.parse((await server.eval(loopPause()))[0]));
    },

    async results() {
      const [probeJson] = await home.eval('JSON.stringify(globalThis.__benchProbe.times)');
      const commitAt = new Map(JSON.parse(probeJson));
      const collect = (from, to) => ask({ type: 'collect', from, to, since: allJoined }, 120_000).then((replies) => replies.flatMap((r) => r.clients));
      return roomResults({ n, servers, tokens, serverOf, warm, actions, commitAt, collect, sliceBusy, totals, measured, memBefore, memWarm, memAfter, join, clocks });
    },

    async close() {
      facilitator.disconnect();
      await ask({ type: 'disconnect' }, 120_000).catch(() => undefined);
      const until = performance.now() + 180_000;
      while ((await departed()) > 0 && performance.now() < until) await sleep(500);
      await sleep(1000);
    },
  };
}
