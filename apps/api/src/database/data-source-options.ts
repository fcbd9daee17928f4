import type { DataSourceOptions } from 'typeorm';
import type { DatabaseTarget } from './database-target';
import { ENTITIES } from './entities';
import { MIGRATIONS } from './migrations';
import { SnakeNamingStrategy } from './naming-strategy';

/**
 * TypeORM options for a target. The embedded database accepts one
 * connection: a pool of one, and a timeout so that a query issued outside
 * the open transaction fails instead of waiting forever. Its one backend
 * outlives every connection, so each new connection starts by resetting the
 * session (as a pooler's `server_reset_query` does): a statement prepared by
 * the connection before (rate-limiter-flexible names its statements) would
 * otherwise refuse to be prepared again, and the pool drop the connection
 * for it, again and again.
 */
export function dataSourceOptions(target: DatabaseTarget): DataSourceOptions {
  return {
    type: 'postgres',
    url: target.url,
    schema: target.schema,
    entities: ENTITIES,
    namingStrategy: new SnakeNamingStrategy(),
    migrations: MIGRATIONS,
    migrationsTableName: 'migrations',
    migrationsRun: false,
    synchronize: false,
    uuidExtension: 'pgcrypto',
    installExtensions: !target.embedded,
    logging: ['error'],
    extra: target.embedded
      ? { max: 1, connectionTimeoutMillis: 20_000, onConnect: resetSession }
      : { max: 10, connectionTimeoutMillis: 10_000, options: target.schema ? `-c search_path=${target.schema}` : undefined },
  };
}

/** What a connection to the embedded database runs before its first query. */
const resetSession = (client: { query(sql: string): Promise<unknown> }) => client.query('DISCARD ALL');
