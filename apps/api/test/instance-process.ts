import { type ChildProcess, spawn } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { TestApp } from './test-app';

export interface InstanceProcess {
  url: string;
  child: ChildProcess;
  /** SIGKILL: no shutdown hook runs, nothing is flushed. */
  kill(): Promise<void>;
  /** SIGTERM: a graceful stop (shutdown hooks run). */
  stop(): Promise<void>;
  /** What the instance wrote to stderr so far. */
  errorOutput(): string;
}

/** A second API instance, in its own process, on the same database, Redis prefix and JWT secret as `peer`. */
export async function startInstanceProcess(peer: Pick<TestApp, 'config' | 'database'>): Promise<InstanceProcess> {
  const config = { ...peer.config, dataDir: mkdtempSync(join(tmpdir(), 'tripart-child-')) };
  const child = spawn(process.execPath, ['-r', join(__dirname, 'support/swc-register.js'), join(__dirname, 'support/instance.child.ts')], {
    env: { ...process.env, TRIPART_INSTANCE: JSON.stringify({ config, databaseUrl: peer.database.url }) },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let errors = '';
  child.stderr!.on('data', (chunk) => (errors += String(chunk)));
  const port = await new Promise<number>((resolve, reject) => {
    let out = '';
    child.stdout!.on('data', (chunk) => {
      out += String(chunk);
      const ready = /READY (\d+)/.exec(out);
      if (ready) resolve(Number(ready[1]));
    });
    child.on('exit', (code) => reject(new Error(`instance exited (${code}): ${errors}`)));
  });
  const signal = (name: NodeJS.Signals) =>
    new Promise<void>((resolve) => {
      if (child.exitCode !== null || child.signalCode) return resolve();
      child.once('exit', () => resolve());
      child.kill(name);
    });
  return {
    url: `http://127.0.0.1:${port}`,
    child,
    kill: () => signal('SIGKILL'),
    stop: () => signal('SIGTERM'),
    errorOutput: () => errors,
  };
}
