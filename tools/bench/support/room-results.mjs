// bench:room's figures for one room: every participant's time from the commit of each change to the state it
// shows having it applied, what was lost, what it cost the servers and the participants per change.
import { CLK_TCK } from './system.mjs';
import { quantiles } from './util.mjs';

export async function roomResults({ n, servers, tokens, serverOf, warm, actions, commitAt, collect, sliceBusy, totals, measured, memBefore, memWarm, memAfter, join, clocks }) {
  const changes = [];
  let previous = -Infinity;
  for (const action of actions) {
    if (Number.isFinite(action.seq) && action.seq > previous) {
      changes.push(action);
      previous = action.seq;
    }
  }
  const noops = actions.filter((x) => !x.error).length - changes.length;
  const from = changes[0]?.seq ?? 0;
  const to = changes.at(-1)?.seq ?? -1;
  const collected = await collect(from, to);

  const bySeq = new Map(changes.map((x) => [x.seq, x]));
  const all = [];
  const same = [];
  const cross = [];
  const fromEmit = [];
  const bySlice = sliceBusy.map(() => []);
  const slowestAt = new Float64Array(Math.max(0, to - from + 1));
  const reached = new Uint32Array(Math.max(0, to - from + 1));
  let lost = 0;
  let gapsSinceJoined = 0;
  let disconnects = 0;
  for (const client of collected) {
    const bytes = Buffer.from(client.applied, 'base64');
    const applied = new Float64Array(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength));
    const local = serverOf(client.index) === 0;
    gapsSinceJoined += client.gapsSince;
    disconnects += client.disconnects;
    for (let k = 0; k < applied.length; k += 1) {
      const at = applied[k];
      if (Number.isNaN(at)) {
        lost += 1;
        continue;
      }
      reached[k] += 1;
      slowestAt[k] = Math.max(slowestAt[k], at);
      const change = bySeq.get(from + k);
      const committed = commitAt.get(from + k);
      if (!change || committed === undefined) continue;
      const latency = at - committed;
      all.push(latency);
      (local ? same : cross).push(latency);
      bySlice[change.slice].push(latency);
      fromEmit.push(at - change.sentAt);
    }
  }
  const slowest = changes.filter((x) => reached[x.seq - from] === n && commitAt.has(x.seq)).map((x) => slowestAt[x.seq - from] - commitAt.get(x.seq));
  const sum = (key) => measured.clientStats.reduce((total, x) => total + x[key], 0);
  const perChangePerClient = (value) => value / Math.max(1, changes.length) / n;
  return {
    actions: actions.length,
    changes: changes.length,
    elapsed: totals.elapsed,
    actionSeconds: totals.actionSeconds,
    rateLimited: actions.reduce((total, x) => total + x.rateLimited, 0),
    refused: [...new Set(actions.filter((x) => x.error).map((x) => x.error))].map((code) => `${actions.filter((x) => x.error === code).length} ${code}`),
    noops,
    all: quantiles(all),
    same: quantiles(same),
    cross: quantiles(cross),
    slices: bySlice.map(quantiles),
    sliceBusy,
    slowest: quantiles(slowest),
    fromEmit: quantiles(fromEmit),
    ack: quantiles(actions.filter((x) => !x.error).map((x) => x.ackAt - x.sentAt)),
    commitAfterEmit: quantiles(changes.filter((x) => commitAt.has(x.seq)).map((x) => commitAt.get(x.seq) - x.sentAt)),
    lost,
    gapsSinceJoined,
    disconnects,
    join,
    clocks,
    statementsPerChange: totals.statements / Math.max(1, changes.length),
    bytesPerChange: perChangePerClient(sum('bytes') + sum('fetchBytes')),
    fetchesPerChange: perChangePerClient(sum('fetches')),
    fetches: sum('fetches'),
    refetchesWanted: sum('wants'),
    servers: servers.map((x, k) => {
      const connections = tokens.filter((_, i) => serverOf(i) === k).length;
      const added = tokens.filter((_, i) => serverOf(i) === k && !warm(i)).length;
      const heap = (m) => m.heapUsed + m.external;
      return {
        connections,
        heapPerConnKb: (heap(memAfter[k]) - heap(memWarm[k])) / 1024 / added,
        rssPerConnKb: (memAfter[k].rss - memWarm[k].rss) / 1024 / added,
        rssBefore: memBefore[k].rss / 2 ** 20,
        rssAfter: memAfter[k].rss / 2 ** 20,
        cpu: (totals.serverTicks[k] / CLK_TCK / totals.elapsed) * 100,
        loop: measured.serverLoops[k],
      };
    }),
    clients: measured.clientStats,
    mainCpu: (totals.mainCpuUs / 1e6 / totals.elapsed) * 100,
    mainLoopP99: measured.mainLoop.p99,
    dbCpu: (totals.dbCpuSeconds / totals.elapsed) * 100,
    machineBusy: (totals.machineBusy / totals.machineTotal) * 100,
  };
}
