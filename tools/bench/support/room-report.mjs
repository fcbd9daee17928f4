// bench:room's tables: one summary row per system and size, then each size's details.
import { cpus } from 'node:os';
import { printTable } from './util.mjs';

const f1 = (n) => (Number.isFinite(n) ? n.toFixed(1) : '–');
const f0 = (n) => (Number.isFinite(n) ? n.toFixed(0) : '–');
const pair = (q) => `${f1(q.p50)} / ${f1(q.p99)}`;

export function printSummary(runs) {
  const row = (size, label, run, ratio) => [
    size,
    label,
    f0(run.changes),
    `${f1(run.all.p50)} / ${f1(run.all.p99)} / ${f0(run.all.max)}`,
    pair(run.slowest),
    pair(run.ack),
    `${run.lost} / ${run.gapsSinceJoined}`,
    `${run.fetches} (${run.refetchesWanted} asked)`,
    f1(run.statementsPerChange),
    f0(run.bytesPerChange),
    run.servers.map((x) => f0(x.cpu)).join(' + '),
    ratio,
  ];
  printTable(
    ['participants', 'system', 'changes', 'commit→state applied p50 / p99 / max ms', 'slowest participant per change p50 / p99 ms', 'ack p50 / p99 ms', 'lost (run / since all joined)', 'state fetches', 'SQL statements / change', 'bytes / change / participant', 'server CPU % (A + B)', 'p99 ÷ bare'],
    runs.flatMap(({ size, api, base }) => [
      row(size, 'bare Socket.IO', base, ''),
      row(size, 'Tripart', api, `${(api.all.p99 / base.all.p99).toFixed(2)} ×`),
    ]),
  );
}

export function printDetails({ size, api, base, seconds, rate, sliceSeconds, processes }) {
  console.log(`\n${size} participants (${api.servers.map((x) => x.connections).join(' + ')} on A + B) in ${processes} client processes; facilitator on A, ${rate} actions/s × ${seconds} s (floor:give / floor:take), slices of ${sliceSeconds} s in turn with the baseline's`);
  printTable(
    ['case', 'applied', 'p50 ms', 'p99 ms', 'max ms', 'emit→applied p50 / p99 ms'],
    [
      ['bare: same instance as the emitter', f0(base.same.n), f1(base.same.p50), f1(base.same.p99), f0(base.same.max), ''],
      ['bare: other instance (via Redis)', f0(base.cross.n), f1(base.cross.p50), f1(base.cross.p99), f0(base.cross.max), pair(base.fromEmit)],
      ['Tripart: same instance as the facilitator', f0(api.same.n), f1(api.same.p50), f1(api.same.p99), f0(api.same.max), ''],
      ['Tripart: other instance (via Redis)', f0(api.cross.n), f1(api.cross.p50), f1(api.cross.p99), f0(api.cross.max), pair(api.fromEmit)],
    ],
  );
  for (const [label, run] of [['Tripart', api], ['bare', base]]) {
    console.log(
      `${label}: ${run.actions} actions in ${f1(run.actionSeconds)} s, ${run.changes} changes, rate-limited ${run.rateLimited}, refused ${run.refused.length ? run.refused.join(', ') : 0}, no-ops ${run.noops}; ` +
        `commit − emit p50/p99 ${pair(run.commitAfterEmit)} ms; ${run.join.toFixed(1)} s to connect and join all; disconnects ${run.disconnects}; ` +
        `heap KB/conn ${run.servers.map((x) => f1(x.heapPerConnKb)).join(', ')}; loop delay p99 (max) ${run.servers.map((x) => `${f1(x.loop.p99)} (${f0(x.loop.max)})`).join(', ')} ms; ` +
        `client processes ${run.clients.map((x) => `${f0(x.cpu)} % CPU, loop p99 ${f1(x.loopP99)} ms`).join(' | ')}`,
    );
  }
  console.log(`p99 ms by slice (Tripart / bare): ${api.slices.map((w, i) => `${f0(w.p99)}/${f0(base.slices[i]?.p99)}`).join(', ')}`);
  console.log(`machine busy % by slice (Tripart / bare): ${api.sliceBusy.map((x, i) => `${f0(x)}/${f0(base.sliceBusy[i])}`).join(', ')}`);
  const others = (run) => run.machineBusy - (run.servers.reduce((sum, x) => sum + x.cpu, 0) + run.clients.reduce((sum, x) => sum + x.cpu, 0) + run.mainCpu + run.dbCpu) / cpus().length;
  console.log(
    `machine (${cpus().length} cores) busy: ${f0(api.machineBusy)} % / ${f0(base.machineBusy)} % (Tripart / bare); PostgreSQL + Redis ${f0(api.dbCpu)} % / ${f0(base.dbCpu)} % of one core; ` +
      `other processes (not this benchmark's): ${f0(others(api))} % / ${f0(others(base))} % of the machine`,
  );
  const clockSpread = (run) => Math.max(...run.clocks.map((x) => Math.abs(x.offset) + x.error));
  console.log(`clocks within ${f1(Math.max(clockSpread(api), clockSpread(base)))} ms of the bench's (measured)`);
  const ratio = api.all.p99 / base.all.p99;
  console.log(
    `targets: p99 ≤ 50 ms ${api.all.p99 <= 50 ? 'met' : 'MISSED'} (${f1(api.all.p99)} ms); ≤ 1.5 × bare ${ratio <= 1.5 ? 'met' : 'MISSED'} (${ratio.toFixed(2)} ×); ` +
      `lost ${api.lost} (bare ${base.lost})`,
  );
}

export function printProblems(children) {
  for (const child of children) {
    const problems = [...new Set(child.problems)];
    if (problems.length) console.log(`\n${child.label} logged ${child.problems.length} warning/error line(s):\n  ${problems.slice(0, 10).join('\n  ')}`);
  }
}
