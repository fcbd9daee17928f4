// The services a benchmark runs on: a fresh PostgreSQL database and a Redis prefix of its own,
// both removed by the cleanup (also on Ctrl-C).
import pg from 'pg';
import { createClient } from 'redis';

export const PG_SERVER = process.env.BENCH_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/test';
export const REDIS_URL = process.env.BENCH_REDIS_URL ?? 'redis://127.0.0.1:6379';

/** Steps to undo, run last-first, once, whatever happens (SIGINT included). */
export function cleanupRegistry() {
  const steps = [];
  let cleaning;
  const cleanup = () =>
    (cleaning ??= (async () => {
      for (const step of steps.reverse()) {
        try {
          await step();
        } catch (error) {
          console.error(`cleanup: ${error instanceof Error ? error.message : error}`);
        }
      }
    })());
  process.once('SIGINT', () => void cleanup().then(() => process.exit(130)));
  return { steps, cleanup };
}

/** Creates the database `name` on PG_SERVER (dropped at cleanup) and deletes Redis keys `${prefix}*` at cleanup; returns the database's URL. */
export async function freshStack({ database, prefix }, steps) {
  const admin = new pg.Client({ connectionString: PG_SERVER });
  await admin.connect();
  await admin.query(`CREATE DATABASE "${database}"`);
  steps.push(async () => {
    await admin.query(`DROP DATABASE IF EXISTS "${database}" WITH (FORCE)`);
    await admin.end();
  });
  steps.push(async () => {
    const redis = createClient({ url: REDIS_URL });
    await redis.connect();
    for await (const batch of redis.scanIterator({ MATCH: `${prefix}*`, COUNT: 100 })) {
      const keys = Array.isArray(batch) ? batch : [batch];
      if (keys.length) await redis.del(keys);
    }
    await redis.quit();
  });
  const url = new URL(PG_SERVER);
  url.pathname = `/${database}`;
  return url.toString();
}

/** The environment of an API instance on a fresh stack (each benchmark's instances share it: same database, Redis prefix, secret). */
export function apiEnvironment({ dbUrl, prefix, stamp }) {
  return {
    DATABASE_URL: dbUrl,
    REDIS_URL,
    REDIS_PREFIX: prefix,
    JWT_SECRET: `bench-secret-${stamp}-0123456789abcdefghijklmnop`,
    NODE_ENV: 'development',
    HOST: '127.0.0.1',
    ACCESS_TOKEN_TTL_SECONDS: '3600',
  };
}
