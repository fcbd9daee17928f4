// The bench's side of a room-clients.child.mjs process: requests over IPC, answered once, with a timeout.
import { fork } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { wallNow } from './util.mjs';

const CHILD = fileURLToPath(new URL('./room-clients.child.mjs', import.meta.url));

/** Starts client process `k`; `registry` gets the step that stops it. */
export function startClientProcess(k, registry) {
  const child = fork(CHILD, [], { stdio: ['ignore', 'inherit', 'inherit', 'ipc'] });
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
  /** How far the child's wall clock is from ours (ms), from the quickest of 10 round trips; `error` bounds it. */
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
