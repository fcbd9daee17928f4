// npm run bench:room — a live room under load: BENCH_PARTICIPANTS (500) participants in one LIVE session,
// half on each of two API instances sharing PostgreSQL and Redis, while the facilitator (on instance A) acts
// 10 times a second for BENCH_SECONDS (60), alternately giving the floor to the head of the queue and taking it
// back (each action one committed change, one `session:changed` broadcast). Measured: time from the server's
// commit to the arrival at every participant (p50/p99), from the facilitator's emit, the facilitator's ack;
// events lost (seq gaps per client); server memory per connection, CPU and event-loop delay.
// Baseline in the same run: two bare Socket.IO servers with @socket.io/redis-streams-adapter on the same Redis,
// the same number of clients spread the same way, one emitter making them broadcast the same payload at the same
// rate. Both systems stay up with their clients connected, and their runs are cut into BENCH_SLICE_SECONDS (10)
// slices taken in turn (T B, B T, T B, …), so that other work on the machine weighs on both alike.
// The commit time is taken inside the servers by tools/bench/support/emit-probe.cjs (preloaded with `node -r`).
// Clients run in BENCH_CLIENT_PROCESSES (2) child processes; BENCH_NODE_ARGS adds Node options to the servers
// (e.g. "--cpu-prof --cpu-prof-dir=/tmp/prof": the slices' windows are then printed in the profiles' clock).
import { fork } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { cpus } from 'node:os';
import { createHistogram } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';
import pg from 'pg';
import { io } from 'socket.io-client';
import { apiMain, buildWhatIsNotBuilt } from '../scripts/built.mjs';
import { LoopSampler, loopPause, loopResume, startChild, stopChild } from './support/children.mjs';
import { graphql } from './support/graphql.mjs';
import { apiEnvironment, cleanupRegistry, freshStack, REDIS_URL } from './support/stack.mjs';
import { CLK_TCK, cpuTicks, machineTicks, ticksByName, ticksPercent } from './support/system.mjs';
import { positive, printTable, quantiles, sleep, wallNow } from './support/util.mjs';

const SELF = fileURLToPath(import.meta.url);
const PROBE = fileURLToPath(new URL('./support/emit-probe.cjs', import.meta.url));
const CHANGED = 'session:changed';
const ACTIONS_CYCLE = [
  ['floor:give', 'floor.given'],
  ['floor:take', 'floor.taken'],
];

if (process.argv[2] === '--baseline-server') await baselineServer();
else if (process.argv[2] === '--clients') clientsProcess();
else await main();

async function main() {
  const SECONDS = positive(process.env.BENCH_SECONDS, 60);
  const PARTICIPANTS = positive(process.env.BENCH_PARTICIPANTS, 500);
  const CLIENT_PROCESSES = positive(process.env.BENCH_CLIENT_PROCESSES, 2);
  const SLICE_SECONDS = positive(process.env.BENCH_SLICE_SECONDS, 10);
  const DRAIN_SECONDS = positive(process.env.BENCH_DRAIN_SECONDS, 15); // after a slice's last action, how long to wait for every arrival
  const RATE = 10; // facilitator actions per second
  const PERIOD = 1000 / RATE;
  const SEAT_CONCURRENCY = 8;
  const slices = Array.from({ length: Math.ceil(SECONDS / SLICE_SECONDS) }, (_, k) => Math.min(SLICE_SECONDS, SECONDS - k * SLICE_SECONDS));
  const stamp = Date.now();
  const prefix = `tripart-bench-room-${stamp}`;
  const database = `tripart_bench_room_${stamp}`;
  const { steps: cleanups, cleanup } = cleanupRegistry();
  const clientProcs = [];
  const children = [];

  try {
    buildWhatIsNotBuilt({ web: false });
    const dbUrl = await freshStack({ database, prefix }, cleanups);
    for (let k = 0; k < CLIENT_PROCESSES; k += 1) clientProcs.push(startClientProcess(k, cleanups));

    // ---------- Tripart: two API instances ----------
    const apiEnv = apiEnvironment({ dbUrl, prefix, stamp });
    const a = await startChild('API A', ['-r', PROBE, apiMain], { ...apiEnv, SEED_DEMO: 'true' }, '/health', cleanups);
    const b = await startChild('API B', ['-r', PROBE, apiMain], { ...apiEnv, SEED_DEMO: 'false' }, '/health', cleanups);
    children.push(a, b);
    const seatStarted = performance.now();
    const setup = await seatParticipants(a.url, PARTICIPANTS, stamp);
    const seatSeconds = (performance.now() - seatStarted) / 1000;
    const api = await openRoom({
      label: 'tripart',
      servers: [a, b],
      tokens: setup.tokens,
      sessionId: setup.sessionId,
      facilitatorToken: setup.facilitatorToken,
      prepare: async (send) => {
        expectOk(await send('session:start', { sessionId: setup.sessionId }), 'session:start');
        expectOk(await send('round:open', { sessionId: setup.sessionId, agendaItemId: setup.agendaItemId, kind: 'PROVISION_REVIEW', speakingSeconds: 3600 }), 'round:open');
      },
      raiseHands: true,
      // Each departure is a change (attendance closed); let them all commit before the instances stop.
      departed: () => openAttendances(dbUrl, setup.sessionId),
    });

    // ---------- Baseline: bare Socket.IO + Redis Streams adapter ----------
    const baseEnv = { REDIS_URL, REDIS_PREFIX: `${prefix}:baseline` };
    const c = await startChild('baseline A', ['-r', PROBE, SELF, '--baseline-server'], baseEnv, '/', cleanups);
    const d = await startChild('baseline B', ['-r', PROBE, SELF, '--baseline-server'], baseEnv, '/', cleanups);
    children.push(c, d);
    const base = await openRoom({
      label: 'baseline',
      servers: [c, d],
      tokens: Array.from({ length: PARTICIPANTS }, () => 'none'),
      sessionId: randomUUID(),
      facilitatorToken: 'none',
      prepare: null,
      raiseHands: false,
      departed: async () => 0,
    });

    // ---------- The run: slices, Tripart and baseline in turn (T B, B T, T B, …), so that both see the same outside load ----------
    for (const [k, seconds] of slices.entries()) {
      for (const room of k % 2 === 0 ? [api, base] : [base, api]) await room.slice(seconds);
    }
    const apiRun = await api.results();
    const baseRun = await base.results();
    await api.close();
    await base.close();
    for (const child of children) await stopChild(child);

    // ---------- Report ----------
    const f1 = (n) => (Number.isFinite(n) ? n.toFixed(1) : '–');
    const f0 = (n) => (Number.isFinite(n) ? n.toFixed(0) : '–');
    const pair = (q) => `${f1(q.p50)} / ${f1(q.p99)}`;
    const latencyRow = (label, run, lat, sub = false) => [
      label,
      sub ? '' : f0(run.changes),
      f0(lat.n),
      f1(lat.p50),
      f1(lat.p99),
      f1(lat.max),
      sub ? '' : pair(run.slowest),
      sub ? '' : pair(run.fromEmit),
      sub ? '' : pair(run.ack),
      sub ? '' : `${run.lost} / ${run.gapsSinceJoined}`,
    ];
    printTable(
      ['case', 'changes', 'arrivals', 'commit→client p50 ms', 'p99 ms', 'max ms', 'slowest client per change p50 / p99 ms', 'emit→client p50 / p99 ms', 'ack p50 / p99 ms', 'lost (run / since all joined)'],
      [
        latencyRow('baseline: bare Socket.IO, 2 processes + Redis', baseRun, baseRun.all),
        latencyRow('  same instance as the emitter', baseRun, baseRun.same, true),
        latencyRow('  other instance (via Redis)', baseRun, baseRun.cross, true),
        latencyRow('Tripart: 2 API instances', apiRun, apiRun.all),
        latencyRow('  same instance as the facilitator', apiRun, apiRun.same, true),
        latencyRow('  other instance (via Redis)', apiRun, apiRun.cross, true),
      ],
    );
    console.log('');
    const memRow = (label, run) => [
      label,
      run.servers.map((x) => f0(x.connections)).join(' + '),
      run.servers.map((x) => f1(x.heapPerConnKb)).join(', '),
      run.servers.map((x) => f1(x.rssPerConnKb)).join(', '),
      run.servers.map((x) => `${f0(x.rssBefore)}→${f0(x.rssAfter)}`).join(', '),
      run.servers.map((x) => f0(x.cpu)).join(' + '),
      run.servers.map((x) => `${f1(x.loop.p99)} (${f0(x.loop.max)})`).join(', '),
    ];
    printTable(
      ['servers (A, B)', 'connections', 'heap+external KB/conn (after GC)', 'RSS KB/conn', 'RSS MB without→with participants', 'CPU % during the run', 'loop delay p99 (max) ms'],
      [memRow('baseline: bare Socket.IO', baseRun), memRow('Tripart: API instances', apiRun)],
    );

    const ratio = apiRun.all.p99 / baseRun.all.p99;
    const runs = [
      ['Tripart', apiRun],
      ['baseline', baseRun],
    ];
    console.log(
      `\n${PARTICIPANTS} participants (${apiRun.servers.map((x) => x.connections).join(' + ')} on A + B) in ${CLIENT_PROCESSES} client processes; ` +
        `facilitator on A, ${RATE} actions/s × ${SECONDS} s (floor:give / floor:take alternately, the next only after the ack), ` +
        `in ${slices.length} slices of ${SLICE_SECONDS} s taken in turn with the baseline's; node ${process.version}; ${new Date().toISOString()}`,
    );
    for (const [label, run] of runs) {
      console.log(
        `${label}: ${run.actions} actions in ${f1(run.elapsed)} s (${f1(run.actions / run.elapsed)}/s), ${run.changes} changes, ` +
          `rate-limited retries ${run.rateLimited}, refused ${run.refused.length ? run.refused.join(', ') : 0}, no-ops ${run.noops}; ` +
          `commit − emit p50/p99 ${pair(run.commitAfterEmit)} ms; ${run.join.toFixed(1)} s to connect and join all; disconnects ${run.disconnects}`,
      );
    }
    console.log(`p99 ms by slice (Tripart / baseline): ${apiRun.slices.map((w, i) => `${f0(w.p99)}/${f0(baseRun.slices[i].p99)}`).join(', ')}`);
    console.log(`machine busy % by slice (Tripart / baseline): ${apiRun.sliceBusy.map((x, i) => `${f0(x)}/${f0(baseRun.sliceBusy[i])}`).join(', ')}`);
    console.log(
      `client processes (CPU % of one core; event-loop delay p99 / max ms): Tripart ${apiRun.clients.map((x) => `${f0(x.cpu)} %; ${f1(x.loopP99)} / ${f0(x.loopMax)}`).join(' | ')}; ` +
        `baseline ${baseRun.clients.map((x) => `${f0(x.cpu)} %; ${f1(x.loopP99)} / ${f0(x.loopMax)}`).join(' | ')}; ` +
        `facilitator's process: ${f1(apiRun.mainLoopP99)} / ${f1(baseRun.mainLoopP99)} ms`,
    );
    const others = (run) => run.machineBusy - (run.servers.reduce((sum, x) => sum + x.cpu, 0) + run.clients.reduce((sum, x) => sum + x.cpu, 0) + run.mainCpu + run.dbCpu) / cpus().length;
    console.log(
      `machine (${cpus().length} cores) busy during the run: ${f0(apiRun.machineBusy)} % / ${f0(baseRun.machineBusy)} % (Tripart / baseline); ` +
        `PostgreSQL + Redis processes ${f0(apiRun.dbCpu)} % / ${f0(baseRun.dbCpu)} % of one core; ` +
        `other processes (not this benchmark's): ${f0(others(apiRun))} % / ${f0(others(baseRun))} % of the machine`,
    );
    const clockSpread = (run) => Math.max(...run.clocks.map((x) => Math.abs(x.offset) + x.error));
    console.log(`clocks: servers' and client processes' wall clocks within ${f1(Math.max(clockSpread(apiRun), clockSpread(baseRun)))} ms of the bench's (measured)`);
    console.log(`setup: ${PARTICIPANTS} people invited, accepted (Argon2) and seated through GraphQL in ${f1(seatSeconds)} s`);
    const slowestRatio = apiRun.slowest.p99 / baseRun.slowest.p99;
    console.log(
      `target p99 ≤ 50 ms: ${apiRun.all.p99 <= 50 ? 'met' : 'MISSED'} (${f1(apiRun.all.p99)} ms); ≤ 2 × baseline: ${ratio <= 2 ? 'met' : 'MISSED'} (${ratio.toFixed(2)} ×); ` +
        `slowest client per change: p99 ${f1(apiRun.slowest.p99)} ms, ${slowestRatio.toFixed(2)} × baseline; lost events: ${apiRun.lost} (baseline ${baseRun.lost})`,
    );
    for (const child of children) {
      const problems = [...new Set(child.problems)];
      if (problems.length) console.log(`\n${child.label} logged ${child.problems.length} warning/error line(s):\n  ${problems.slice(0, 10).join('\n  ')}`);
    }
  } finally {
    await Promise.all(clientProcs.map((p) => p.request({ type: 'exit' }, 5000).catch(() => undefined)));
    await cleanup();
  }

  // ---------- helpers ----------

  /**
   * Invites `count` people into the demo organizations of the three sides and seats them in the demo dossier's
   * delegations (round robin), through GraphQL as an administrator and the facilitator would; schedules a session.
   */
  async function seatParticipants(url, count, suffix) {
    const { gql, signIn } = graphql(url);
    const [adminToken, facilitatorToken] = await Promise.all(['admin', 'facilitator'].map((who) => signIn(`${who}@tripart.example`)));
    const { dossiers } = await gql('{ dossiers { id delegations { id constituency } } }', {}, facilitatorToken);
    const dossier = dossiers.find((x) => x.delegations.length === 3);
    if (!dossier) throw new Error('the demo dossier is missing');
    const { organizations } = await gql('{ organizations { id acronym kind } }', {}, adminToken);
    const sides = ['GOVERNMENT', 'EMPLOYERS', 'WORKERS'];
    // Each side chooses its own members (C144 Art. 3): the demo leads seat them.
    const leadTokens = Object.fromEntries(await Promise.all(sides.map(async (side, i) => [side, await signIn(`${['gov', 'emp', 'wrk'][i]}.lead@tripart.example`)])));
    const orgsOf = Object.fromEntries(sides.map((side) => [side, organizations.filter((o) => o.kind === side && ['MLSD', 'VFE', 'NCW', 'VTUC'].includes(o.acronym))]));
    if (sides.some((side) => orgsOf[side].length === 0)) throw new Error('the demo organizations are missing');

    const seat = async (n) => {
      const side = sides[n % 3];
      const orgs = orgsOf[side];
      const { inviteUser } = await gql(
        'mutation($input:InviteUserInput!){inviteUser(input:$input){token}}',
        { input: { displayName: `Bench Participant ${n}`, email: `bench.participant${n}.${suffix}@tripart.example`, organizationId: orgs[Math.floor(n / 3) % orgs.length].id, role: 'MEMBER' } },
        adminToken,
      );
      const { acceptInvitation } = await gql(
        'mutation($input:AcceptInvitationInput!){acceptInvitation(input:$input){accessToken user{id}}}',
        { input: { token: inviteUser.token, password: `Bench-participant-${suffix}` } },
      );
      await gql(
        'mutation($input:AddDelegationMemberInput!){addDelegationMember(input:$input){id}}',
        { input: { dossierId: dossier.id, constituency: side, userId: acceptInvitation.user.id } },
        leadTokens[side],
      );
      return acceptInvitation.accessToken;
    };
    const tokens = new Array(count);
    let next = 0;
    await Promise.all(
      Array.from({ length: SEAT_CONCURRENCY }, async () => {
        while (next < count) {
          const n = next++;
          tokens[n] = await seat(n);
        }
      }),
    );

    const startsAt = new Date();
    const { scheduleSession } = await gql(
      'mutation($input:ScheduleSessionInput!){scheduleSession(input:$input){id agenda{id}}}',
      {
        input: {
          dossierId: dossier.id,
          title: 'Benchmark session',
          startsAt: startsAt.toISOString(),
          endsAt: new Date(startsAt.getTime() + 7_200_000).toISOString(),
          agenda: [{ title: 'Benchmark topic' }],
        },
      },
      facilitatorToken,
    );
    return { tokens, facilitatorToken, sessionId: scheduleSession.id, agendaItemId: scheduleSession.agenda[0].id };
  }

  /**
   * A room ready to be measured: the facilitator on servers[0], the participants connected and joined (half on
   * each server), memory read before and after. `slice(seconds)` runs the facilitator's actions for that long;
   * `results()` counts and times every arrival over all slices; `close()` disconnects everyone.
   */
  async function openRoom({ label, servers, tokens, sessionId, facilitatorToken, prepare, raiseHands, departed }) {
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
    /** Waits (at most `seconds`) until every participant has seen the change `target`. */
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

    // Participants: client i on server serverOf(i), in client process i % CLIENT_PROCESSES. A tenth of them
    // first (warm-up: database pool connections, code compiled on first use), memory, then the rest, memory:
    // the cost per connection is the difference over the rest.
    const warm = (i) => Math.floor(i / CLIENT_PROCESSES) % 10 === 0; // in every client process, on both servers
    let join = 0;
    const connect = async (which) => {
      const started = performance.now();
      await ask((k) => ({
        type: 'connect',
        sessionId,
        clients: tokens.flatMap((token, i) => (which(i) && i % clientProcs.length === k ? [{ index: i, url: servers[serverOf(i)].url, token }] : [])),
      }), 600_000);
      join += (performance.now() - started) / 1000;
    };
    await connect(warm);
    await caughtUp(() => facilitatorSeen, 30);
    const memWarm = await Promise.all(servers.map((x) => x.memory()));
    await connect((i) => !warm(i));
    await caughtUp(() => facilitatorSeen, 30);
    const allJoined = facilitatorSeen + 1; // from here on, every change must reach every participant
    await sleep(2000);
    const memAfter = await Promise.all(servers.map((x) => x.memory()));

    if (raiseHands) {
      // Enough waiting hands for every floor:give, raised by participants of both instances in turn
      // (one NORMAL hand each, then points of order if there are more gives than participants).
      const gives = Math.ceil((SECONDS * RATE) / 2) + 1;
      const order = Array.from({ length: n }, (_, k) => (k % 2 === 0 ? k / 2 : half + (k - 1) / 2)).filter((i) => i < n);
      const raises = Array.from({ length: gives }, (_, k) => ({ index: order[k % n], kind: k < n ? 'NORMAL' : 'POINT_OF_ORDER' }));
      await ask((k) => ({ type: 'raise', sessionId, raises: raises.filter((x) => x.index % clientProcs.length === k) }), 600_000);
    }
    await caughtUp(() => facilitatorSeen, 30);
    await home.eval('globalThis.__benchProbe.times = []; 1');
    const clocks = [...(await Promise.all(servers.map((x) => x.clockOffset()))), ...(await Promise.all(clientProcs.map((p) => p.clockOffset())))];

    const actions = [];
    const sliceBusy = [];
    const mainLoop = new LoopSampler(createHistogram);
    let mainLoopStats = { p99: NaN, max: NaN };
    const totals = { elapsed: 0, serverTicks: servers.map(() => 0), dbCpuSeconds: 0, machineBusy: 0, machineTotal: 0, mainCpuUs: 0 };
    let serverLoops = [];
    let clientStats = [];

    return {
      async slice(seconds) {
        const slice = sliceBusy.length;
        for (const server of servers) await server.eval(loopResume());
        const hrtime = 'String(process.hrtime.bigint() / 1000n)'; // the clock of --cpu-prof's timestamps (µs)
        const windowStart = await Promise.all(servers.map((x) => x.eval(hrtime)));
        const serverTicks = servers.map((x) => cpuTicks(x.pid));
        const dbTicks = ticksByName(['postgres', 'redis-server']);
        const machine = machineTicks();
        const mainCpu = process.cpuUsage();
        await ask({ type: 'start' });
        mainLoop.resume();
        const began = wallNow();
        const t0 = began + 100;
        for (let i = 0; i < seconds * RATE; i += 1) {
          const due = t0 + i * PERIOD;
          const wait = due - wallNow();
          if (wait > 0) await sleep(wait);
          const [event] = ACTIONS_CYCLE[actions.length % ACTIONS_CYCLE.length];
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
              await sleep(PERIOD);
              continue;
            }
            action.error = reply.error?.code ?? 'UNKNOWN';
            break;
          }
          actions.push(action);
        }
        const elapsed = (wallNow() - began) / 1000;
        mainLoopStats = mainLoop.pause();
        clientStats = await ask({ type: 'stop' });
        const used = process.cpuUsage(mainCpu);
        servers.forEach((x, k) => (totals.serverTicks[k] += cpuTicks(x.pid) - serverTicks[k]));
        totals.dbCpuSeconds += (ticksPercent(dbTicks, ticksByName(['postgres', 'redis-server']), elapsed) / 100) * elapsed;
        const machineAfter = machineTicks();
        totals.machineBusy += machineAfter.busy - machine.busy;
        totals.machineTotal += machineAfter.total - machine.total;
        sliceBusy.push(((machineAfter.busy - machine.busy) / (machineAfter.total - machine.total)) * 100);
        totals.mainCpuUs += used.user + used.system;
        totals.elapsed += elapsed;
        serverLoops = [];
        for (const server of servers) serverLoops.push(JSON.parse((await server.eval(loopPause()))[0]));
        const windowEnd = await Promise.all(servers.map((x) => x.eval(hrtime)));
        if (process.env.BENCH_NODE_ARGS) {
          servers.forEach((x, k) => console.log(`${x.label} (pid ${x.pid}): slice ${slice + 1} from ${windowStart[k]} to ${windowEnd[k]} µs (monotonic clock of its CPU profile)`));
        }
        const last = Math.max(0, ...actions.filter((x) => Number.isFinite(x.seq)).map((x) => x.seq));
        await caughtUp(() => last, DRAIN_SECONDS); // the next slice starts once this one's changes have all arrived (or the wait ran out)
      },

      async results() {
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
        const [probeJson] = await home.eval('JSON.stringify(globalThis.__benchProbe.times)');
        const commitAt = new Map(JSON.parse(probeJson));
        const collected = (await ask({ type: 'collect', from, to, since: allJoined }, 120_000)).flatMap((r) => r.clients);

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
          const bytes = Buffer.from(client.arrivals, 'base64');
          const arrivals = new Float64Array(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength));
          const local = serverOf(client.index) === 0;
          gapsSinceJoined += client.gapsSince;
          disconnects += client.disconnects;
          for (let k = 0; k < arrivals.length; k += 1) {
            const at = arrivals[k];
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
        return {
          actions: actions.length,
          changes: changes.length,
          elapsed: totals.elapsed,
          rateLimited: actions.reduce((sum, x) => sum + x.rateLimited, 0),
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
              loop: serverLoops[k],
            };
          }),
          clients: clientStats,
          mainCpu: (totals.mainCpuUs / 1e6 / totals.elapsed) * 100,
          mainLoopP99: mainLoopStats.p99,
          dbCpu: (totals.dbCpuSeconds / totals.elapsed) * 100,
          machineBusy: (totals.machineBusy / totals.machineTotal) * 100,
        };
      },

      async close() {
        facilitator.disconnect();
        await ask({ type: 'disconnect' }, 60_000).catch(() => undefined);
        const until = performance.now() + 120_000;
        while ((await departed()) > 0 && performance.now() < until) await sleep(500);
        await sleep(1000);
      },
    };
  }
}

/** Attendances of the session still open: each departure closes one (one change each). */
async function openAttendances(dbUrl, sessionId) {
  const db = new pg.Client({ connectionString: dbUrl });
  await db.connect();
  try {
    const { rows } = await db.query('SELECT count(*)::int AS n FROM attendance WHERE session_id = $1 AND left_at IS NULL AND in_room = false', [sessionId]);
    return rows[0].n;
  } finally {
    await db.end();
  }
}

function expectOk(reply, what) {
  if (!reply?.ok) throw new Error(`${what}: ${JSON.stringify(reply)}`);
}

function connectSocket(url, token) {
  const socket = io(url, { auth: { token }, transports: ['websocket'], reconnection: false, forceNew: true });
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`${url}: no connection within 60 s`)), 60_000);
    socket.once('connect', () => {
      clearTimeout(timer);
      resolve(socket);
    });
    socket.once('connect_error', (error) => {
      clearTimeout(timer);
      reject(error);
    });
  });
}

/** A child process holding participants' sockets; the bench talks to it over IPC. */
function startClientProcess(k, registry) {
  const child = fork(SELF, ['--clients'], { stdio: ['ignore', 'inherit', 'inherit', 'ipc'] });
  const pending = new Map();
  let id = 0;
  let exited = false;
  child.on('message', (message) => {
    const entry = pending.get(message.id);
    if (!entry) return;
    pending.delete(message.id);
    if (message.error) entry.reject(new Error(`client process ${k}: ${message.error}`));
    else entry.resolve(message);
  });
  child.once('exit', () => {
    exited = true;
    for (const entry of pending.values()) entry.reject(new Error(`client process ${k} exited`));
    pending.clear();
  });
  registry.push(() => (exited ? undefined : new Promise((resolve) => (child.once('exit', resolve), child.kill('SIGTERM')))));
  const request = (message, timeout = 30_000) =>
    new Promise((resolve, reject) => {
      if (exited) return reject(new Error(`client process ${k} exited`));
      id += 1;
      const mine = id;
      const timer = setTimeout(() => {
        pending.delete(mine);
        reject(new Error(`client process ${k}: ${message.type} timed out`));
      }, timeout);
      pending.set(mine, {
        resolve: (value) => (clearTimeout(timer), resolve(value)),
        reject: (error) => (clearTimeout(timer), reject(error)),
      });
      child.send({ ...message, id: mine });
    });
  const clockOffset = async () => {
    let best = { rtt: Infinity };
    for (let i = 0; i < 10; i += 1) {
      const sent = wallNow();
      const { now } = await request({ type: 'clock' });
      const received = wallNow();
      if (received - sent < best.rtt) best = { rtt: received - sent, offset: now - (sent + received) / 2 };
    }
    return { offset: best.offset, error: best.rtt / 2 };
  };
  return { request, clockOffset };
}

/** `--clients`: participants' sockets (of both systems, by label), each recording when every `session:changed` arrives. */
function clientsProcess() {
  const CONNECT_CONCURRENCY = 10;
  const rooms = new Map(); // label → { clients, loop, cpuUs, seconds, cpu, started }
  const room = (label) => {
    if (!rooms.has(label)) rooms.set(label, { clients: [], loop: new LoopSampler(createHistogram), cpuUs: 0, seconds: 0 });
    return rooms.get(label);
  };
  const pool = async (items, concurrency, work) => {
    let next = 0;
    await Promise.all(
      Array.from({ length: Math.min(concurrency, items.length) }, async () => {
        while (next < items.length) await work(items[next++]);
      }),
    );
  };
  const handlers = {
    async connect({ label, sessionId, clients: wanted }) {
      const { clients } = room(label);
      await pool(wanted, CONNECT_CONCURRENCY, async ({ index, url, token }) => {
        const socket = await connectSocket(url, token);
        const client = { index, socket, seqs: [], times: [], maxSeq: 0, disconnects: 0 };
        socket.on(CHANGED, (change) => {
          const at = wallNow();
          client.seqs.push(change.seq);
          client.times.push(at);
          if (change.seq > client.maxSeq) client.maxSeq = change.seq;
        });
        socket.on('disconnect', () => (client.disconnects += 1));
        clients.push(client);
        const joined = await socket.timeout(120_000).emitWithAck('session:join', { sessionId });
        if (!joined.ok) throw new Error(`session:join: ${JSON.stringify(joined)}`);
        client.maxSeq = Math.max(client.maxSeq, joined.seq);
      });
      return {};
    },
    async raise({ label, sessionId, raises }) {
      const byIndex = new Map(room(label).clients.map((c) => [c.index, c]));
      await pool(raises, CONNECT_CONCURRENCY, async ({ index, kind }) => {
        const reply = await byIndex.get(index).socket.timeout(120_000).emitWithAck('hand:raise', { sessionId, kind, clientId: randomUUID() });
        if (!reply.ok) throw new Error(`hand:raise: ${JSON.stringify(reply)}`);
      });
      return {};
    },
    status({ label }) {
      const { clients } = room(label);
      return { minSeen: clients.length ? Math.min(...clients.map((c) => c.maxSeq)) : null }; // null: no client here
    },
    clock() {
      return { now: wallNow() };
    },
    /** Event-loop delay and CPU of this process, over the label's slices only (the histogram resumes and pauses). */
    start({ label }) {
      const r = room(label);
      r.loop.resume();
      r.cpu = process.cpuUsage();
      r.started = performance.now();
      return {};
    },
    stop({ label }) {
      const r = room(label);
      const loop = r.loop.pause();
      const used = process.cpuUsage(r.cpu);
      r.cpuUs += used.user + used.system;
      r.seconds += (performance.now() - r.started) / 1000;
      return { cpu: (r.cpuUs / 1e6 / r.seconds) * 100, loopP99: loop.p99, loopMax: loop.max };
    },
    collect({ label, from, to, since }) {
      return {
        clients: room(label).clients.map((c) => {
          const arrivals = new Float64Array(Math.max(0, to - from + 1)).fill(NaN);
          for (let k = 0; k < c.seqs.length; k += 1) {
            const seq = c.seqs[k];
            if (seq >= from && seq <= to && Number.isNaN(arrivals[seq - from])) arrivals[seq - from] = c.times[k];
          }
          const seen = new Set(c.seqs.filter((seq) => seq >= since && seq <= to));
          const gapsSince = Math.max(0, to - since + 1) - seen.size;
          return { index: c.index, arrivals: Buffer.from(arrivals.buffer).toString('base64'), gapsSince, disconnects: c.disconnects };
        }),
      };
    },
    disconnect({ label }) {
      for (const c of room(label).clients.splice(0)) c.socket.disconnect();
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
}

/** `--baseline-server`: bare Socket.IO with the Redis Streams adapter; `floor:give`/`floor:take` broadcast a change like the API's. */
async function baselineServer() {
  const { createServer } = await import('node:http');
  const { Server } = await import('socket.io');
  const { createAdapter } = await import('@socket.io/redis-streams-adapter');
  const { createClient } = await import('redis');
  const redis = createClient({ url: process.env.REDIS_URL });
  await redis.connect();
  const http = createServer((_request, response) => response.end('ok'));
  const server = new Server(http, { serveClient: false, adapter: createAdapter(redis, { streamName: `${process.env.REDIS_PREFIX}:socket.io` }) });
  let seq = 0;
  server.on('connection', (socket) => {
    socket.on('session:join', ({ sessionId }, ack) => {
      socket.join(`session:${sessionId}`);
      ack({ ok: true, seq });
    });
    for (const [event, change] of ACTIONS_CYCLE) {
      socket.on(event, ({ sessionId }, ack) => {
        seq += 1;
        server.to(`session:${sessionId}`).emit(CHANGED, { sessionId, seq, change });
        ack({ ok: true, seq });
      });
    }
  });
  http.listen(Number(process.env.PORT), '127.0.0.1');
  process.on('SIGTERM', () => process.exit(0));
}
