// npm run bench:room — what a participant's screen shows in a live room under load. For each size in
// BENCH_PARTICIPANTS (250,500,1000): that many participants in one LIVE session, half on each of two API
// instances sharing PostgreSQL and Redis, while the facilitator (on instance A) acts 10 times a second for
// BENCH_SECONDS (60), alternately giving the floor to the head of the queue and taking it back. Each participant
// does what the web app does (support/live-participant.mjs): fetches the state with the web's own query, then
// applies each pushed `session:changed` with the contracts' LiveSessionSync and fetches again only when that asks.
// Measured: commit → state applied at every participant (p50/p99), the facilitator's ack, changes lost, state
// fetches, SQL statements per change (every `pg` query of both instances), bytes per change and participant,
// server CPU, event-loop delay and memory.
// Baseline in the same run: two bare Socket.IO servers with @socket.io/redis-streams-adapter on the same Redis
// (support/room-baseline.server.mjs), the same number of participants spread the same way, starting from the
// same state and applying the same reducer, the emitter making them broadcast the same change payloads at the
// same rate. Both systems stay up with their participants connected; their runs are cut into
// BENCH_SLICE_SECONDS (10) slices taken in turn (T B, B T, …) so that other work on the machine weighs on both.
// The commit time and the statements are taken inside the servers (support/emit-probe.cjs, `node -r`).
// Participants run in BENCH_CLIENT_PROCESSES (2) child processes; BENCH_NODE_ARGS adds Node options to servers.
import { randomUUID } from 'node:crypto';
import { fileURLToPath } from 'node:url';
import pg from 'pg';
import { apiMain, buildWhatIsNotBuilt } from '../scripts/built.mjs';
import { startChild, stopChild } from './support/children.mjs';
import { graphql } from './support/graphql.mjs';
import { startClientProcess } from './support/room-clients.mjs';
import { printDetails, printProblems, printSummary } from './support/room-report.mjs';
import { expectOk, openRoom } from './support/room-run.mjs';
import { scheduleSession, seatParticipants } from './support/room-seating.mjs';
import { apiEnvironment, cleanupRegistry, freshStack, REDIS_URL } from './support/stack.mjs';
import { positive } from './support/util.mjs';
import { LIVE_SESSION_QUERY } from './support/web-live-session.mjs';

const PROBE = fileURLToPath(new URL('./support/emit-probe.cjs', import.meta.url));
const BASELINE = fileURLToPath(new URL('./support/room-baseline.server.mjs', import.meta.url));
const SIZES = (process.env.BENCH_PARTICIPANTS ?? '250,500,1000').split(',').map((x) => positive(x.trim(), 0)).filter(Boolean);
const SECONDS = positive(process.env.BENCH_SECONDS, 60);
const PROCESSES = positive(process.env.BENCH_CLIENT_PROCESSES, 2);
const SLICE_SECONDS = positive(process.env.BENCH_SLICE_SECONDS, 10);
const RUN = { rate: 10, drainSeconds: positive(process.env.BENCH_DRAIN_SECONDS, 15) };
const slices = Array.from({ length: Math.ceil(SECONDS / SLICE_SECONDS) }, (_, k) => Math.min(SLICE_SECONDS, SECONDS - k * SLICE_SECONDS));

const stamp = Date.now();
const prefix = `tripart-bench-room-${stamp}`;
const { steps: cleanups, cleanup } = cleanupRegistry();
const clientProcs = [];
const children = [];
try {
  buildWhatIsNotBuilt({ web: false });
  const dbUrl = await freshStack({ database: `tripart_bench_room_${stamp}`, prefix }, cleanups);
  for (let k = 0; k < PROCESSES; k += 1) clientProcs.push(startClientProcess(k, cleanups));
  const apiEnv = apiEnvironment({ dbUrl, prefix, stamp });
  const a = await startChild('API A', ['-r', PROBE, apiMain], { ...apiEnv, SEED_DEMO: 'true' }, '/health', cleanups);
  const b = await startChild('API B', ['-r', PROBE, apiMain], { ...apiEnv, SEED_DEMO: 'false' }, '/health', cleanups);
  const baseEnv = { REDIS_URL, REDIS_PREFIX: `${prefix}:baseline` };
  const c = await startChild('baseline A', ['-r', PROBE, BASELINE], baseEnv, '/', cleanups);
  const d = await startChild('baseline B', ['-r', PROBE, BASELINE], baseEnv, '/', cleanups);
  children.push(a, b, c, d);
  const seatStarted = performance.now();
  const cast = await seatParticipants(a.url, Math.max(...SIZES), stamp);
  console.log(`setup: ${Math.max(...SIZES)} people invited, accepted (Argon2) and seated through GraphQL in ${((performance.now() - seatStarted) / 1000).toFixed(1)} s`);

  const runs = [];
  for (const size of SIZES) {
    const tokens = cast.tokens.slice(0, size);
    const { sessionId, agendaItemId } = await scheduleSession(a.url, cast.facilitatorToken, cast.dossierId, `Benchmark session, ${size} participants`);
    const api = await openRoom({
      label: `tripart-${size}`,
      servers: [a, b],
      tokens,
      sessionId,
      facilitatorToken: cast.facilitatorToken,
      prepare: async (send) => {
        expectOk(await send('session:start', { sessionId }), 'session:start');
        expectOk(await send('round:open', { sessionId, agendaItemId, kind: 'PROVISION_REVIEW', speakingSeconds: 3600 }), 'round:open');
      },
      raises: raisesFor(size),
      departed: () => openAttendances(dbUrl, sessionId),
      clientProcs,
      run: RUN,
    });
    // The baseline's participants start from the state Tripart's have now: the same queue to give the floor from.
    const { consultationSession } = await graphql(a.url).gql(LIVE_SESSION_QUERY, { id: sessionId }, cast.facilitatorToken);
    const snapshot = JSON.stringify(consultationSession);
    const baseSession = randomUUID();
    const base = await openRoom({
      label: `baseline-${size}`,
      servers: [c, d],
      tokens: tokens.map(() => 'none'),
      sessionId: baseSession,
      facilitatorToken: 'none',
      prepare: async (send) => expectOk(await send('bench:prime', { sessionId: baseSession, state: consultationSession }), 'bench:prime'),
      snapshot,
      raises: [],
      departed: async () => 0,
      clientProcs,
      run: RUN,
    });
    for (const [k, seconds] of slices.entries()) for (const room of k % 2 === 0 ? [api, base] : [base, api]) await room.slice(seconds);
    const run = { size, api: await api.results(), base: await base.results(), seconds: SECONDS, rate: RUN.rate, sliceSeconds: SLICE_SECONDS, processes: PROCESSES };
    await api.close();
    await base.close();
    printDetails(run);
    runs.push(run);
  }
  for (const child of children) await stopChild(child);
  console.log(`\nnode ${process.version}; ${new Date().toISOString()}; BENCH_PARTICIPANTS=${SIZES.join(',')} BENCH_SECONDS=${SECONDS}\n`);
  printSummary(runs);
} finally {
  printProblems(children);
  for (const child of children) if (child.exited) console.log(`${child.label} exited during the run (code ${child.child.exitCode}, signal ${child.child.signalCode})`);
  await Promise.all(clientProcs.map((p) => p.request({ type: 'exit' }, 5000).catch(() => undefined)));
  await cleanup();
}

/**
 * Enough waiting hands for every floor:give, raised by participants of both instances in turn (one NORMAL hand
 * each, then points of order if there are more gives than participants).
 */
function raisesFor(n) {
  const half = Math.ceil(n / 2);
  const gives = Math.ceil((SECONDS * RUN.rate) / 2) + 1;
  const order = Array.from({ length: n }, (_, k) => (k % 2 === 0 ? k / 2 : half + (k - 1) / 2)).filter((i) => i < n);
  return Array.from({ length: gives }, (_, k) => ({ index: order[k % n], kind: k < n ? 'NORMAL' : 'POINT_OF_ORDER' }));
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
