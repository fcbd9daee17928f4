import { createHash } from 'node:crypto';
import type { DataSource } from 'typeorm';
import type { PostgresDriver } from 'typeorm/driver/postgres/PostgresDriver';

/** At most this many statement texts get a name; any other text is sent unnamed (each pooled connection keeps every name it prepared). */
const NAMED = 1000;
const names = new Map<string, string>();

interface NamedQueryPool {
  query(config: { name: string; text: string; values: readonly unknown[] }): Promise<{ rows: unknown[] }>;
}

/**
 * A read outside any transaction by a statement text from a fixed set, sent
 * as a named prepared statement: each pooled connection parses and plans it
 * once, then only binds and runs it (PostgreSQL keeps a generic plan when it
 * costs no more than planning each time). On the hottest reads (every
 * request's account check, a provision's threads) planning costs as much as
 * running (bench:reader). Same pool, same row parsing and same errors as
 * `dataSource.query` (pg's own, which `isDatabaseUnavailable` reads alike);
 * texts beyond the first `NAMED` go unnamed.
 */
export async function preparedQuery<T>(dataSource: DataSource, text: string, values: readonly unknown[]): Promise<T[]> {
  let name = names.get(text);
  if (!name && names.size < NAMED) {
    name = `tripart_${createHash('sha1').update(text).digest('hex').slice(0, 24)}`;
    names.set(text, name);
  }
  if (!name) return dataSource.query(text, values as unknown[]);
  const pool = (dataSource.driver as PostgresDriver).master as NamedQueryPool;
  return (await pool.query({ name, text, values })).rows as T[];
}
