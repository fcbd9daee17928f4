import { Client } from 'pg';
import * as Y from 'yjs';
import { startInstanceProcess, type InstanceProcess } from '../../instance-process';
import { startTestApp, type TestApp } from '../../test-app';
import { startOwnPostgres, type OwnPostgres } from './own-postgres';
import { startOwnRedis, type OwnRedis } from './own-redis';

export interface FaultCluster {
  pg: OwnPostgres;
  redis: OwnRedis;
  /** Instance A runs in the test's process (factories use it), B in a child process (it can be killed). */
  a: TestApp;
  b: InstanceProcess;
  /** Stops both instances gracefully and starts them again on the same database and Redis. */
  restartBoth(): Promise<void>;
  /** The text of a stored co-drafted document, read from the database itself. */
  storedText(name: string, field?: string): Promise<string>;
  close(): Promise<void>;
}

/** Its own PostgreSQL and Redis, two API instances on them. */
export async function startFaultCluster(): Promise<FaultCluster> {
  const [pg, redis] = await Promise.all([startOwnPostgres(), startOwnRedis()]);
  const database = { target: { url: pg.url, embedded: false }, drop: async () => undefined };
  const cluster: FaultCluster = {
    pg,
    redis,
    a: await startTestApp({ redisUrl: redis.url }, { reuse: database }),
    b: undefined as unknown as InstanceProcess,
    restartBoth: async () => {
      await Promise.all([cluster.b.stop(), cluster.a.app.close()]);
      cluster.a = await startTestApp({ redisUrl: redis.url, jwtSecret: cluster.a.config.jwtSecret, redisPrefix: cluster.a.config.redisPrefix }, { reuse: database });
      cluster.b = await startInstanceProcess(cluster.a);
    },
    storedText: async (name, field = 'body') => {
      const client = new Client({ connectionString: pg.url });
      await client.connect();
      try {
        const { rows } = await client.query('SELECT state FROM collab_document WHERE name = $1', [name]);
        const doc = new Y.Doc();
        if (rows[0]) Y.applyUpdate(doc, new Uint8Array(rows[0].state));
        return doc.getText(field).toString();
      } finally {
        await client.end();
      }
    },
    close: async () => {
      await cluster.b?.kill();
      await cluster.a.app.close().catch(() => undefined);
      await Promise.all([pg.destroy(), redis.destroy()]);
    },
  };
  cluster.b = await startInstanceProcess(cluster.a);
  return cluster;
}
