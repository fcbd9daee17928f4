// What /proc says about the machine and about processes (Linux).
import { readFileSync, readdirSync } from 'node:fs';

export const CLK_TCK = 100;

/** Busy and total jiffies of the whole machine (all cores). */
export function machineTicks() {
  const [, ...fields] = readFileSync('/proc/stat', 'utf8').split('\n')[0].trim().split(/\s+/);
  const [user, nice, system, idle, iowait, irq, softirq, steal] = fields.map(Number);
  const busy = user + nice + system + irq + softirq + steal;
  return { busy, total: busy + idle + iowait };
}

/** utime + stime of a process, in jiffies. */
export function cpuTicks(pid) {
  const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  return Number(fields[11]) + Number(fields[12]); // utime + stime (fields 14 and 15 of the whole line)
}

/** Resident memory of a process, in MB. */
export function rssMb(pid) {
  const line = readFileSync(`/proc/${pid}/status`, 'utf8').split('\n').find((l) => l.startsWith('VmRSS'));
  return Number(line.split(/\s+/)[1]) / 1024;
}

/** utime + stime per pid of every process whose command name is one of `names` (e.g. postgres, redis-server). */
export function ticksByName(names) {
  const ticks = new Map();
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const stat = readFileSync(`/proc/${entry}/stat`, 'utf8');
      const name = stat.slice(stat.indexOf('(') + 1, stat.lastIndexOf(')'));
      if (names.includes(name)) ticks.set(entry, cpuTicks(entry));
    } catch {
      /* gone meanwhile */
    }
  }
  return ticks;
}

/** CPU of those processes between two `ticksByName` readings, as % of one core (processes that ended meanwhile are missed). */
export function ticksPercent(before, after, seconds) {
  let sum = 0;
  for (const [pid, t] of after) sum += t - (before.get(pid) ?? 0);
  return (sum / CLK_TCK / seconds) * 100;
}
