import { DataSource } from 'typeorm';
import type { PostgresDriver } from 'typeorm/driver/postgres/PostgresDriver';
import { dataSourceOptions } from './data-source-options';
import { EmbeddedDatabase } from './embedded-database';

/** A named (prepared) statement, as rate-limiter-flexible sends them. */
const NAMED = { name: 'embedded-spec:one', text: 'SELECT $1::int AS one', values: [1] };

describe('the embedded database', () => {
  let database: EmbeddedDatabase;
  let dataSource: DataSource;
  beforeAll(async () => {
    database = await EmbeddedDatabase.open();
    dataSource = await new DataSource({ ...dataSourceOptions({ url: database.url, embedded: true }), entities: [], migrations: [] }).initialize();
  });
  afterAll(async () => {
    await dataSource.destroy();
    await database.close();
  });

  const pool = () => (dataSource.driver as PostgresDriver).master as { query(q: typeof NAMED): Promise<{ rows: unknown[] }>; connect(): Promise<{ release(destroy?: boolean): void }> };

  it('gives a new connection a clean session: a statement prepared on the one before is not there any more', async () => {
    // PGlite is one backend for every connection: without a reset the second Parse of the name fails
    // ("already exists"), the pool drops the connection, and the next one meets the same (sign-in, 2026-12-01).
    await pool().query(NAMED);
    (await pool().connect()).release(true);
    await expect(pool().query(NAMED)).resolves.toMatchObject({ rows: [{ one: 1 }] });
  });

  it('answers at once after a connection was dropped, while the dropped one is still closing', async () => {
    (await pool().connect()).release(true);
    await expect(dataSource.query('SELECT 1 AS one')).resolves.toEqual([{ one: 1 }]);
  });
});
