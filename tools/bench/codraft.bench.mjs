// npm run bench:codraft — co-drafting under load: BENCH_EDITORS (30) editors in one position paper,
// spread over two API instances sharing PostgreSQL and Redis, each making 5 small edits a second for
// BENCH_SECONDS (60): time from an edit to its arrival at every other client (p50/p99), edits lost,
// server CPU and memory. Then BENCH_IDLE_DOCS (200) documents open and idle: memory per document.
// Baseline in the same run: the same load on a bare Hocuspocus server (no auth, no persistence, no Redis).
// BENCH_NODE_ARGS adds Node options to the servers (e.g. "--cpu-prof --cpu-prof-dir=/tmp/prof" to see where their time goes).
import { cpus } from 'node:os';
import { monitorEventLoopDelay } from 'node:perf_hooks';
import { HocuspocusProvider, HocuspocusProviderWebsocket } from '@hocuspocus/provider';
import { Redis as StockRedisExtension } from '@hocuspocus/extension-redis';
import { Server } from '@hocuspocus/server';
import WebSocket from 'ws';
import * as Y from 'yjs';
import { apiMain, buildWhatIsNotBuilt } from '../scripts/built.mjs';
import { loopStart, loopStop, startChild, stopChild } from './support/children.mjs';
import { DEMO_PASSWORD, graphql } from './support/graphql.mjs';
import { apiEnvironment, cleanupRegistry, freshStack, REDIS_URL } from './support/stack.mjs';
import { CLK_TCK, cpuTicks, machineTicks, rssMb } from './support/system.mjs';
import { positive, printTable, quantiles, sleep } from './support/util.mjs';

// The baseline server, when this file is started as a child with --baseline-server
// (with BASELINE_REDIS_PREFIX: one of two bare servers kept in sync by the stock Redis extension).
if (process.argv[2] === '--baseline-server') {
  const url = new URL(REDIS_URL);
  const extensions = process.env.BASELINE_REDIS_PREFIX
    ? [new StockRedisExtension({ host: url.hostname, port: Number(url.port || 6379), prefix: process.env.BASELINE_REDIS_PREFIX })]
    : [];
  const server = new Server({ quiet: true, stopOnSignals: false, extensions });
  server.httpServer.listen(Number(process.env.PORT), '127.0.0.1');
  process.on('SIGTERM', () => process.exit(0));
} else {
  await main();
}

async function main() {
  const SECONDS = positive(process.env.BENCH_SECONDS, 60);
  const EDITORS = positive(process.env.BENCH_EDITORS, 30);
  const IDLE_DOCS = Math.min(200, positive(process.env.BENCH_IDLE_DOCS, 200)); // 200: the most agenda items a session may have
  const RATE = 5; // edits per second per editor
  const WINDOWS = 6;
  const DRAIN_SECONDS = positive(process.env.BENCH_DRAIN_SECONDS, 30); // after the last edit, how long to wait for every arrival
  const PERIOD = 1000 / RATE;
  const PASSWORD = DEMO_PASSWORD;
  const stamp = Date.now();
  const prefix = `tripart-bench-${stamp}`;
  const database = `tripart_bench_${stamp}`;

  const { steps: cleanups, cleanup } = cleanupRegistry();

  try {
    buildWhatIsNotBuilt({ web: false });
    const dbUrl = await freshStack({ database, prefix }, cleanups);

    // ---------- Tripart: two API instances ----------
    const apiEnv = apiEnvironment({ dbUrl, prefix, stamp });
    const a = await startChild('API A', [apiMain], { ...apiEnv, SEED_DEMO: 'true' }, '/health', cleanups);
    const b = await startChild('API B', [apiMain], { ...apiEnv, SEED_DEMO: 'false' }, '/health', cleanups);

    const setup = await seatEditors(a.url, EDITORS, PASSWORD, stamp);
    const apiIdle = await idleDocuments(a, IDLE_DOCS, (i) => ({ name: `joint:${setup.session.id}:${setup.session.agenda[i].id}`, token: setup.facilitatorToken }));
    const apiRun = await codraft({
      servers: [a, b],
      editors: setup.tokens.map((token, i) => ({ server: i < Math.ceil(EDITORS / 2) ? a : b, token })),
      name: `position:${setup.delegationId}:${setup.draftId}`,
    });
    await stopChild(a);
    await stopChild(b);

    // ---------- Baseline: bare Hocuspocus ----------
    const base = await startChild('baseline', [new URL(import.meta.url).pathname, '--baseline-server'], {}, '/', cleanups);
    const baseIdle = await idleDocuments(base, IDLE_DOCS, (i) => ({ name: `idle-${i}`, token: 'none' }));
    const baseRun = await codraft({
      servers: [base],
      editors: Array.from({ length: EDITORS }, () => ({ server: base, token: 'none' })),
      name: 'bench-document',
    });
    await stopChild(base);

    // ---------- Like for like: two bare servers, the stock Redis extension between them ----------
    const pairEnv = { BASELINE_REDIS_PREFIX: `${prefix}:bare` };
    const bareA = await startChild('bare A', [new URL(import.meta.url).pathname, '--baseline-server'], pairEnv, '/', cleanups);
    const bareB = await startChild('bare B', [new URL(import.meta.url).pathname, '--baseline-server'], pairEnv, '/', cleanups);
    const pairRun = await codraft({
      servers: [bareA, bareB],
      editors: Array.from({ length: EDITORS }, (_, i) => ({ server: i < Math.ceil(EDITORS / 2) ? bareA : bareB, token: 'none' })),
      name: 'bench-document',
    });
    await stopChild(bareA);
    await stopChild(bareB);

    // ---------- Report ----------
    const f1 = (n) => (Number.isFinite(n) ? n.toFixed(1) : '–');
    const f0 = (n) => (Number.isFinite(n) ? n.toFixed(0) : '–');
    const runRow = (label, run, lat = run.all) => [
      label,
      f0(run.edits),
      f0(lat.n),
      f1(lat.p50),
      f1(lat.p99),
      f1(lat.max),
      lat === run.all ? `${run.lost} / ${run.incomplete}` : '',
      lat === run.all ? (run.identical ? 'yes' : 'NO') : '',
      lat === run.all ? (Number.isFinite(run.drained) ? f1(run.drained) : `> ${DRAIN_SECONDS}`) : '',
      lat === run.all ? run.servers.map((s) => f0(s.cpu)).join(' + ') : '',
      lat === run.all ? run.serverLoops.map((l) => `${f0(l.p99)} (${f0(l.max)})`).join(', ') : '',
      lat === run.all ? run.servers.map((s) => `${f0(s.rssBefore)}→${f0(s.rssAfter)}`).join(', ') : '',
    ];
    printTable(
      ['case', 'edits', 'arrivals', 'p50 ms', 'p99 ms', 'max ms', 'lost / incomplete', 'identical', 'all arrived after s', 'server CPU %', 'server loop p99 (max) ms', 'server RSS MB'],
      [
        runRow('baseline: bare Hocuspocus, 1 process', baseRun),
        runRow('baseline 2: bare Hocuspocus × 2 + stock Redis extension', pairRun),
        runRow('  same-instance pairs', pairRun, pairRun.same),
        runRow('  cross-instance pairs (via Redis)', pairRun, pairRun.cross),
        runRow('Tripart: 2 API instances, all pairs', apiRun),
        runRow('  same-instance pairs', apiRun, apiRun.same),
        runRow('  cross-instance pairs (via Redis)', apiRun, apiRun.cross),
      ],
    );
    console.log('');
    const idleRow = (label, idle) => [label, f0(idle.count), f0(idle.rssBefore), f0(idle.rssAfter), f1(idle.rssPerDocKb), f1(idle.heapPerDocKb)];
    printTable(
      ['idle documents (1 KB text, 1 client each)', 'docs', 'RSS before MB', 'RSS after MB', 'RSS KB/doc', 'heap+external KB/doc (after GC)'],
      [idleRow('baseline: bare Hocuspocus', baseIdle), idleRow('Tripart: API instance A (joint texts)', apiIdle)],
    );
    const ratio = apiRun.all.p99 / baseRun.all.p99;
    const pairRatio = apiRun.all.p99 / pairRun.all.p99;
    console.log(
      `\n${EDITORS} editors × ${RATE} edits/s × ${SECONDS} s; Tripart: ${apiRun.perServer.join(' + ')} editors on A + B; ` +
        `CPU % of one core over the edit phase; node ${process.version}; ${new Date().toISOString()}`,
    );
    console.log(
      `p99 ms by sixth of the edit phase (Tripart / baseline): ${apiRun.windows.map((w, i) => `${f0(w.p99)}/${f0(baseRun.windows[i].p99)}`).join(', ')}`,
    );
    const others = (run) => run.machineBusy - (run.servers.reduce((sum, x) => sum + x.cpu, 0) + run.clientCpu) / cpus().length;
    console.log(
      `machine (${cpus().length} cores) busy during the edit phase: ${f0(apiRun.machineBusy)} % / ${f0(baseRun.machineBusy)} % (Tripart / baseline), ` +
        `of which other processes (not this benchmark's): ${f0(others(apiRun))} % / ${f0(others(baseRun))} %`,
    );
    console.log(
      `bench process (all clients): CPU ${f0(apiRun.clientCpu)} % / ${f0(baseRun.clientCpu)} % (Tripart / baseline), ` +
        `event-loop delay p99 ${f1(apiRun.loopP99)} / ${f1(baseRun.loopP99)} ms, reconnects ${apiRun.closes} / ${baseRun.closes}`,
    );
    console.log(
      `target p99 ≤ 50 ms: ${apiRun.all.p99 <= 50 ? 'met' : 'MISSED'} (${f1(apiRun.all.p99)} ms); ` +
        `≤ 1.5 × baseline: ${ratio <= 1.5 ? 'met' : 'MISSED'} (${ratio.toFixed(2)} ×; against two bare servers with Redis ${pairRatio.toFixed(2)} ×); ` +
        `lost edits: ${apiRun.lost} (baselines ${baseRun.lost}, ${pairRun.lost})`,
    );
    for (const child of [a, b, base, bareA, bareB]) {
      const problems = [...new Set(child.problems)];
      if (problems.length) console.log(`\n${child.label} logged ${child.problems.length} warning/error line(s):\n  ${problems.slice(0, 10).join('\n  ')}`);
    }
  } finally {
    await cleanup();
  }

  // ---------- helpers ----------

  /** Seats editors in the demo dossier's workers' delegation; schedules a session whose agenda gives the idle documents. */
  async function seatEditors(url, count, password, suffix) {
    const { gql, signIn: signInWith } = graphql(url);
    const signIn = (email) => signInWith(email, password);
    const [adminToken, facilitatorToken, leadToken, memberToken] = await Promise.all(
      ['admin', 'facilitator', 'wrk.lead', 'wrk.member'].map((who) => signIn(`${who}@tripart.example`)),
    );
    const { dossiers } = await gql(
      '{ dossiers { id currentDraft { id } delegations { id constituency members { user { email } } } } }',
      {},
      facilitatorToken,
    );
    const dossier = dossiers.find((d) => d.currentDraft && d.delegations.some((g) => g.constituency === 'WORKERS' && g.members.some((m) => m.user.email === 'wrk.lead@tripart.example')));
    if (!dossier) throw new Error('the demo dossier is missing');
    const delegationId = dossier.delegations.find((g) => g.constituency === 'WORKERS').id;
    const { organizations } = await gql('{ organizations { id acronym kind } }', {}, adminToken);
    const unions = organizations.filter((o) => o.kind === 'WORKERS' && ['NCW', 'VTUC'].includes(o.acronym));
    if (unions.length === 0) throw new Error('the demo workers’ organizations are missing');

    const tokens = [leadToken, memberToken].slice(0, count);
    const invite = async (n) => {
      const { inviteUser } = await gql(
        'mutation($input:InviteUserInput!){inviteUser(input:$input){token}}',
        { input: { displayName: `Bench Editor ${n}`, email: `bench.editor${n}.${suffix}@tripart.example`, organizationId: unions[n % unions.length].id, role: 'MEMBER' } },
        adminToken,
      );
      const { acceptInvitation } = await gql(
        'mutation($input:AcceptInvitationInput!){acceptInvitation(input:$input){accessToken user{id}}}',
        { input: { token: inviteUser.token, password: `Bench-editor-${suffix}` } },
      );
      await gql(
        'mutation($input:AddDelegationMemberInput!){addDelegationMember(input:$input){id}}',
        { input: { dossierId: dossier.id, constituency: 'WORKERS', userId: acceptInvitation.user.id } },
        leadToken, // each side chooses its own members (C144 Art. 3): the workers' lead seats them
      );
      return acceptInvitation.accessToken;
    };
    const extra = Math.max(0, count - tokens.length);
    for (let start = 0; start < extra; start += 4) {
      tokens.push(...(await Promise.all(Array.from({ length: Math.min(4, extra - start) }, (_, k) => invite(start + k + 1)))));
    }

    const startsAt = new Date(Date.now() + 86_400_000);
    const { scheduleSession } = await gql(
      'mutation($input:ScheduleSessionInput!){scheduleSession(input:$input){id agenda{id}}}',
      {
        input: {
          dossierId: dossier.id,
          title: 'Benchmark session',
          startsAt: startsAt.toISOString(),
          endsAt: new Date(startsAt.getTime() + 7_200_000).toISOString(),
          agenda: Array.from({ length: IDLE_DOCS }, (_, i) => ({ title: `Topic ${i + 1}` })),
        },
      },
      facilitatorToken,
    );
    return { tokens, delegationId, draftId: dossier.currentDraft.id, facilitatorToken, session: scheduleSession };
  }

  /** Opens documents, each with one client and a 1 KB paragraph; memory of the server before and after (both after a full GC). */
  async function idleDocuments(server, count, documentOf) {
    const before = await server.memory();
    const socket = newSocket(server.url);
    const clients = [];
    try {
      for (let start = 0; start < count; start += 20) {
        const batch = Array.from({ length: Math.min(20, count - start) }, (_, k) => {
          const { name, token } = documentOf(start + k);
          return openDocument(socket, name, token);
        });
        clients.push(...batch);
        await Promise.all(batch.map((c) => c.ready));
      }
      for (const [i, c] of clients.entries()) c.doc.getText('body').insert(0, `Paragraph ${i}. `.padEnd(1024, 'lorem ipsum '));
      await sleep(4000); // past the API's store debounce (at most 2 s)
      const after = await server.memory();
      const kb = (x, y) => (y - x) / 1024 / count;
      return {
        count,
        rssBefore: before.rss / 2 ** 20,
        rssAfter: after.rss / 2 ** 20,
        rssPerDocKb: kb(before.rss, after.rss),
        heapPerDocKb: kb(before.heapUsed + before.external, after.heapUsed + after.external),
      };
    } finally {
      for (const c of clients) c.provider.destroy();
      socket.destroy();
      await sleep(2500);
    }
  }

  /** The load: every editor inserts `<editor>:<seq>;` at the end of one Y.Text RATE times a second; every client times the others' arrivals. */
  async function codraft({ servers, editors, name }) {
    const perEditor = SECONDS * RATE;
    const n = editors.length;
    const clients = editors.map(({ server, token }) => {
      const socket = newSocket(server.url);
      return { server, socket, ...openDocument(socket, name, token) };
    });
    try {
      await Promise.all(clients.map((c) => c.ready));
      await sleep(1000);
      // Each editor's tokens are consecutive in its own Yjs clock: remember where each one starts, and a
      // receiver knows which tokens arrived from the clocks a transaction adds (no walk over the text).
      const sentAt = clients.map(() => new Float64Array(perEditor).fill(NaN));
      const startClock = clients.map(() => new Float64Array(perEditor).fill(Infinity));
      const arrived = clients.map(() => new Uint8Array(perEditor));
      const editorOf = new Map(clients.map((c, e) => [c.doc.clientID, e]));
      const all = [];
      const windows = Array.from({ length: WINDOWS }, () => []); // by when the edit was made: does latency grow with the document?
      const same = [];
      const cross = [];
      let closes = 0;
      let t0 = Infinity;
      clients.forEach((c, receiver) => {
        c.socket.on('close', () => (closes += 1));
        const next = new Uint32Array(n); // per editor: the first of its tokens not yet arrived here
        c.doc.on('afterTransaction', (transaction) => {
          if (transaction.local) return;
          const now = performance.now();
          transaction.afterState.forEach((clock, client) => {
            const e = editorOf.get(client);
            if (e === undefined || e === receiver) return;
            while (next[e] < perEditor && startClock[e][next[e]] < clock) {
              const latency = now - sentAt[e][next[e]];
              all.push(latency);
              windows[Math.min(WINDOWS - 1, Math.floor(((sentAt[e][next[e]] - t0) / (SECONDS * 1000)) * WINDOWS))]?.push(latency);
              (clients[e].server === c.server ? same : cross).push(latency);
              arrived[e][next[e]] += 1;
              next[e] += 1;
            }
          });
        });
      });

      const loop = monitorEventLoopDelay({ resolution: 5 });
      const procs = servers.map((s) => ({ s, cpu: cpuTicks(s.pid), rss: rssMb(s.pid) }));
      for (const server of servers) await server.eval(loopStart());
      const machine = machineTicks();
      const clientCpu = process.cpuUsage();
      const began = performance.now();
      loop.enable();
      t0 = began + 200;
      await Promise.all(
        clients.map(
          (c, e) =>
            new Promise((resolve) => {
              const text = c.doc.getText('bench');
              const offset = (e * PERIOD) / n;
              let seq = 0;
              const tick = () => {
                if (seq >= perEditor) return resolve();
                startClock[e][seq] = Y.getState(c.doc.store, c.doc.clientID);
                sentAt[e][seq] = performance.now();
                text.insert(text.length, `${e}:${seq};`);
                seq += 1;
                setTimeout(tick, Math.max(0, t0 + offset + seq * PERIOD - performance.now()));
              };
              setTimeout(tick, Math.max(0, t0 + offset - performance.now()));
            }),
        ),
      );
      const elapsed = (performance.now() - began) / 1000;
      loop.disable();
      const servedCpu = procs.map(({ s, cpu, rss }) => ({ cpu: ((cpuTicks(s.pid) - cpu) / CLK_TCK / elapsed) * 100, rssBefore: rss, rssAfter: rssMb(s.pid) }));
      const used = process.cpuUsage(clientCpu);
      const machineAfter = machineTicks();
      const serverLoops = [];
      for (const server of servers) serverLoops.push(JSON.parse((await server.eval(loopStop()))[0]));
      // Let the last edits arrive (bounded), then count.
      const complete = () => arrived.every((row) => row.every((k) => k >= n - 1));
      const drainStart = performance.now();
      for (let waited = 0; waited < DRAIN_SECONDS * 1000 && !complete(); waited += 100) await sleep(100);
      const drained = complete() ? (performance.now() - drainStart) / 1000 : Infinity;
      let lost = 0;
      let incomplete = 0;
      for (const row of arrived) for (const k of row) if (k === 0) lost += 1; else if (k < n - 1) incomplete += 1;
      const reference = clients[0].doc.getText('bench').toString();
      const identical = clients.every((c) => c.doc.getText('bench').toString() === reference) && [...reference.matchAll(/\d+:\d+;/g)].length === n * perEditor;
      return {
        edits: n * perEditor,
        all: quantiles(all),
        same: quantiles(same),
        cross: quantiles(cross),
        windows: windows.map(quantiles),
        drained,
        lost: n > 1 ? lost : 0,
        incomplete,
        identical,
        servers: servedCpu,
        perServer: servers.map((s) => clients.filter((c) => c.server === s).length),
        clientCpu: ((used.user + used.system) / 1e6 / elapsed) * 100,
        loopP99: loop.percentile(99) / 1e6,
        serverLoops,
        machineBusy: ((machineAfter.busy - machine.busy) / (machineAfter.total - machine.total)) * 100,
        closes,
      };
    } finally {
      for (const c of clients) {
        c.provider.destroy();
        c.socket.destroy();
      }
      await sleep(2500);
    }
  }

  function newSocket(url) {
    return new HocuspocusProviderWebsocket({ url: `${url.replace(/^http/, 'ws')}/collab`, WebSocketPolyfill: WebSocket, maxAttempts: 5 });
  }

  function openDocument(socket, name, token) {
    const doc = new Y.Doc();
    let provider;
    const ready = new Promise((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`${name}: not synced within 30 s`)), 30_000);
      provider = new HocuspocusProvider({
        websocketProvider: socket,
        name,
        document: doc,
        token,
        onSynced: () => {
          clearTimeout(timer);
          resolve();
        },
        onAuthenticationFailed: ({ reason }) => {
          clearTimeout(timer);
          reject(new Error(`${name}: refused (${reason})`));
        },
      });
    });
    provider.attach();
    return { doc, provider, ready };
  }
}
