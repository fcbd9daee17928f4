import { connect } from 'node:net';
import { Client } from 'pg';

/** A PostgreSQL and a Redis that two API instances can share (the embedded database serves one process). */
export interface TestServers {
  databaseUrl: string;
  redisUrl: string;
}

/** Set by global setup when the multi-instance suites have servers to run on. */
export const TEST_SERVERS_ENV = 'TRIPART_TEST_SERVERS';
/** Where global setup looks when DATABASE_URL and REDIS_URL are not set: the services CI and this machine run. */
const LOCAL_SERVERS: TestServers = { databaseUrl: 'postgres://postgres@127.0.0.1:5432/test', redisUrl: 'redis://127.0.0.1:6379' };

/** The servers of this run's multi-instance suites, if any answered global setup. */
export function testServers(): TestServers | undefined {
  const found = process.env[TEST_SERVERS_ENV];
  return found ? (JSON.parse(found) as TestServers) : undefined;
}

/** A describe block of two or more instances: it runs where testServers() has servers, and is skipped elsewhere. */
export function describeWithServers(name: string, body: () => void): void {
  (testServers() ? describe : describe.skip)(name, body);
}

/**
 * DATABASE_URL and REDIS_URL when both are set; otherwise the local servers, if both answer within a second.
 * MULTI_INSTANCE_SUITES=off skips the suites; =on makes servers that do not answer an error.
 */
export async function probeTestServers(): Promise<TestServers | undefined> {
  const mode = process.env.MULTI_INSTANCE_SUITES ?? 'auto';
  if (mode === 'off') return undefined;
  if (process.env.DATABASE_URL && process.env.REDIS_URL) return { databaseUrl: process.env.DATABASE_URL, redisUrl: process.env.REDIS_URL };
  const servers = { databaseUrl: process.env.DATABASE_URL || LOCAL_SERVERS.databaseUrl, redisUrl: process.env.REDIS_URL || LOCAL_SERVERS.redisUrl };
  const [postgres, redis] = await Promise.all([postgresAnswers(servers.databaseUrl), redisAnswers(servers.redisUrl)]);
  if (postgres && redis) return servers;
  if (mode === 'on') throw new Error(`MULTI_INSTANCE_SUITES=on, but ${postgres ? '' : `PostgreSQL (${servers.databaseUrl}) `}${redis ? '' : `Redis (${servers.redisUrl})`} did not answer.`);
  return undefined;
}

async function postgresAnswers(url: string): Promise<boolean> {
  const client = new Client({ connectionString: url, connectionTimeoutMillis: 1_000 });
  try {
    await client.connect();
    await client.query('SELECT 1');
    return true;
  } catch {
    return false;
  } finally {
    await client.end().catch(() => undefined);
  }
}

/** A PING over a bare socket: no client library, no retries. */
function redisAnswers(url: string): Promise<boolean> {
  const { hostname, port } = new URL(url);
  return new Promise((resolve) => {
    const socket = connect({ host: hostname, port: Number(port || 6379) });
    const done = (answered: boolean) => {
      socket.destroy();
      resolve(answered);
    };
    socket.setTimeout(1_000, () => done(false));
    socket.once('error', () => done(false));
    socket.once('connect', () => socket.write('PING\r\n'));
    socket.once('data', (data) => done(String(data).startsWith('+PONG')));
  });
}
