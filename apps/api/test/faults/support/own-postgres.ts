import { execFileSync } from 'node:child_process';
import { chmodSync, existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { freePort } from './ports';

/** The server binaries of Debian's PostgreSQL packages (or PG_BIN). */
export function postgresBinDir(): string | null {
  if (process.env.PG_BIN) return process.env.PG_BIN;
  const root = '/usr/lib/postgresql';
  if (!existsSync(root)) return null;
  const version = readdirSync(root).sort((a, b) => Number(b) - Number(a))[0];
  return version && existsSync(join(root, version, 'bin', 'initdb')) ? join(root, version, 'bin') : null;
}

/** PostgreSQL refuses to run as root: as root, its commands run as the `postgres` user. */
const asRoot = process.getuid?.() === 0;
function command(bin: string, args: string[]): [string, string[]] {
  return asRoot ? ['runuser', ['-u', 'postgres', '--', bin, ...args]] : [bin, args];
}

export interface OwnPostgres {
  url: string;
  port: number;
  /** Fast shutdown: every connection is cut, new ones are refused. */
  stop(): Promise<void>;
  start(): Promise<void>;
  destroy(): Promise<void>;
}

/**
 * A PostgreSQL server of the test's own — initdb in a temporary directory,
 * its own port — so that a test can stop and start it: never the machine's
 * shared server.
 */
export async function startOwnPostgres(): Promise<OwnPostgres> {
  const bin = postgresBinDir();
  if (!bin) throw new Error('PostgreSQL server binaries not found (set PG_BIN)');
  const dir = mkdtempSync(join(tmpdir(), 'tripart-pg-'));
  chmodSync(dir, 0o777);
  const data = join(dir, 'data');
  const [initdb, initArgs] = command(join(bin, 'initdb'), ['-D', data, '-U', 'postgres', '--auth=trust', '-E', 'UTF8', '--no-sync']);
  execFileSync(initdb, initArgs, { stdio: 'ignore' });
  const port = await freePort();
  const pgCtl = (args: string[]) => {
    const [ctl, ctlArgs] = command(join(bin, 'pg_ctl'), ['-D', data, ...args]);
    execFileSync(ctl, ctlArgs, { stdio: 'ignore' });
  };
  const options = `-p ${port} -k ${dir} -c listen_addresses=127.0.0.1 -c fsync=off -c max_connections=60`;
  const start = async () => {
    pgCtl(['-l', join(dir, 'postgres.log'), '-o', options, '-w', 'start']);
  };
  // Fast shutdown: clients are disconnected at once.
  const stop = async () => {
    try {
      pgCtl(['-m', 'fast', '-w', 'stop']);
    } catch {
      // not running
    }
  };

  await start();
  execFileSync(join(bin, 'createdb'), ['-h', '127.0.0.1', '-p', String(port), '-U', 'postgres', 'tripart']);
  return {
    url: `postgres://postgres@127.0.0.1:${port}/tripart`,
    port,
    stop,
    start,
    destroy: async () => {
      await stop();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
