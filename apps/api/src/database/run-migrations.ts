import type { DataSource } from 'typeorm';

/** An arbitrary constant: the advisory lock several starting instances queue on. */
const MIGRATION_LOCK = 7_144_001;

/** Runs pending migrations, one instance at a time on a shared server. */
export async function runMigrations(dataSource: DataSource, embedded: boolean): Promise<string[]> {
  // The embedded database has one connection and one process: nothing to queue behind.
  if (embedded) return (await dataSource.runMigrations({ transaction: 'each' })).map((m) => m.name);
  const runner = dataSource.createQueryRunner();
  await runner.connect();
  try {
    await runner.query('SELECT pg_advisory_lock($1)', [MIGRATION_LOCK]);
    try {
      const done = await dataSource.runMigrations({ transaction: 'each' });
      return done.map((migration) => migration.name);
    } finally {
      await runner.query('SELECT pg_advisory_unlock($1)', [MIGRATION_LOCK]);
    }
  } finally {
    await runner.release();
  }
}
