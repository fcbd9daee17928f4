// Server processes started by a benchmark: on a free 127.0.0.1 port, their output watched for warnings,
// their inspector (127.0.0.1 only) used to force a GC before reading memory and to measure inside them.
import { spawn } from 'node:child_process';
import { createInterface } from 'node:readline';
import WebSocket from 'ws';
import { root } from '../../scripts/built.mjs';
import { freePort, sleep, wallNow } from './util.mjs';

/**
 * Starts `node --inspect=127.0.0.1:0 $BENCH_NODE_ARGS ...args` and waits for a 2xx on `path`.
 * `registry` gets the step that stops it (run by the benchmark's cleanup).
 */
export async function startChild(label, args, env, path, registry) {
  const port = await freePort();
  const extra = (process.env.BENCH_NODE_ARGS ?? '').split(' ').filter(Boolean); // e.g. "--cpu-prof --cpu-prof-dir=/tmp/prof"
  const child = spawn(process.execPath, ['--inspect=127.0.0.1:0', ...extra, ...args], {
    cwd: root,
    env: { ...process.env, ...env, PORT: String(port) },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const handle = { label, child, pid: child.pid, url: `http://127.0.0.1:${port}`, problems: [], exited: false };
  registry.push(() => stopChild(handle));
  child.once('exit', () => (handle.exited = true));
  let inspectorUrl;
  for (const stream of [child.stdout, child.stderr]) {
    createInterface({ input: stream }).on('line', (raw) => {
      const line = raw.replace(/\x1b\[[0-9;]*m/g, '');
      const inspector = /Debugger listening on (ws:\/\/\S+)/.exec(line);
      if (inspector) inspectorUrl = inspector[1];
      else if (/\b(ERROR|WARN|Error|error|Unhandled|cause)\b/.test(line) && !/inspector|Debugger/i.test(line)) handle.problems.push(line.trim());
    });
  }
  const started = performance.now();
  for (;;) {
    if (handle.exited) throw new Error(`${label} exited during start: ${handle.problems.join(' | ')}`);
    if (performance.now() - started > 120_000) throw new Error(`${label}: no answer on ${path} within 120 s`);
    try {
      if ((await fetch(handle.url + path)).ok) break;
    } catch {
      /* not yet listening */
    }
    await sleep(50);
  }
  handle.memory = async () => JSON.parse((await inspectorEval(inspectorUrl, ['JSON.stringify(process.memoryUsage())'], { gc: true }))[0]);
  handle.eval = (...expressions) => inspectorEval(inspectorUrl, expressions);
  handle.clockOffset = () => clockOffset(inspectorUrl);
  return handle;
}

export function stopChild(handle) {
  if (handle.exited || handle.child.exitCode !== null) return Promise.resolve();
  return new Promise((resolve) => {
    const kill = setTimeout(() => handle.child.kill('SIGKILL'), 15_000);
    handle.child.once('exit', () => {
      clearTimeout(kill);
      resolve();
    });
    handle.child.kill('SIGTERM');
  });
}

async function inspectorSession(url) {
  const ws = new WebSocket(url);
  await new Promise((resolve, reject) => {
    ws.once('open', resolve);
    ws.once('error', reject);
  });
  let id = 0;
  const pending = new Map();
  ws.on('message', (data) => {
    const message = JSON.parse(String(data));
    pending.get(message.id)?.(message);
    pending.delete(message.id);
  });
  const call = (method, params = {}) =>
    new Promise((resolve, reject) => {
      id += 1;
      pending.set(id, resolve);
      ws.send(JSON.stringify({ id, method, params }));
      setTimeout(() => reject(new Error(`inspector: ${method} timed out`)), 20_000).unref();
    });
  const evaluate = async (expression) => {
    const answer = await call('Runtime.evaluate', { expression, returnByValue: true, includeCommandLineAPI: true });
    if (answer.result?.exceptionDetails) throw new Error(`inspector: ${JSON.stringify(answer.result.exceptionDetails.exception?.description)}`);
    return answer.result.result.value;
  };
  return { call, evaluate, close: () => ws.close() };
}

/** Runs expressions in a child through the Chrome DevTools protocol (its inspector listens on 127.0.0.1 only). */
export async function inspectorEval(url, expressions, { gc = false } = {}) {
  const session = await inspectorSession(url);
  try {
    if (gc) {
      await session.call('HeapProfiler.collectGarbage');
      await session.call('HeapProfiler.collectGarbage');
    }
    const results = [];
    for (const expression of expressions) results.push(await session.evaluate(expression));
    return results;
  } finally {
    session.close();
  }
}

/**
 * How far the child's `performance.timeOrigin + performance.now()` is from ours, in ms (child minus us),
 * from the quickest of 10 round trips; `error` bounds it (half that round trip).
 */
async function clockOffset(url) {
  const session = await inspectorSession(url);
  try {
    let best = { rtt: Infinity };
    for (let i = 0; i < 10; i += 1) {
      const sent = wallNow();
      const theirs = await session.evaluate('performance.timeOrigin + performance.now()');
      const received = wallNow();
      if (received - sent < best.rtt) best = { rtt: received - sent, offset: theirs - (sent + received) / 2 };
    }
    return { offset: best.offset, error: best.rtt / 2 };
  } finally {
    session.close();
  }
}

/** Event-loop delay of a server over a phase, measured inside it (start, then stop → { p99, max } in ms). */
export function loopStart() {
  return `globalThis.__benchLoop?.disable(); globalThis.__benchLoop = require('node:perf_hooks').monitorEventLoopDelay({ resolution: 5 }); globalThis.__benchLoop.enable(); 1`;
}
export function loopStop() {
  return `(() => { const h = globalThis.__benchLoop; h.disable(); return JSON.stringify({ p99: h.percentile(99) / 1e6, max: h.max / 1e6 }); })()`;
}

/**
 * Event-loop delay over several separate stretches (e.g. the slices of a run interleaved with another
 * system's): `loopResume()` at the start of each, `loopPause()` at the end of each gives { p99, max } in ms
 * over all of them so far. monitorEventLoopDelay cannot do this (a paused histogram counts the pause when it
 * resumes), so a 5 ms interval timer records each interval between its runs, as monitorEventLoopDelay does.
 */
export class LoopSampler {
  constructor(createHistogram) {
    this.histogram = createHistogram();
    this.timer = null;
  }
  resume() {
    let last = performance.now();
    this.timer = setInterval(() => {
      const now = performance.now();
      this.histogram.record(Math.max(1, Math.round((now - last) * 1e6)));
      last = now;
    }, 5);
  }
  pause() {
    clearInterval(this.timer);
    return { p99: this.histogram.percentile(99) / 1e6, max: this.histogram.max / 1e6 };
  }
}
export function loopResume() {
  return `(globalThis.__benchLoops ??= new (${LoopSampler.toString()})(require('node:perf_hooks').createHistogram)).resume(); 1`;
}
export function loopPause() {
  return `JSON.stringify(globalThis.__benchLoops.pause())`;
}
