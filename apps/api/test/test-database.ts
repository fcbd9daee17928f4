import { randomBytes } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { Client } from 'pg';
import type { DatabaseTarget } from '../src/database/database-target';
import { EmbeddedDatabase, type EmbeddedRuntime, loadEmbeddedRuntime } from '../src/database/embedded-database';

/** Set by global-setup: a dumped, migrated PGlite data dir, or a migrated template database on DATABASE_URL. */
export const TEMPLATE_FILE_ENV = 'TRIPART_TEST_TEMPLATE_FILE';
export const TEMPLATE_DB_ENV = 'TRIPART_TEST_TEMPLATE_DB';

export interface TestDatabase {
  target: DatabaseTarget;
  drop(): Promise<void>;
}

export function withDatabase(url: string, database: string): string {
  const parsed = new URL(url);
  parsed.pathname = `/${database}`;
  return parsed.toString();
}

/** A fresh database for one suite, copied from the migrated template: on `serverUrl` (DATABASE_URL by default), or embedded. */
export async function createTestDatabase(serverUrl = process.env.DATABASE_URL): Promise<TestDatabase> {
  if (serverUrl) {
    const template = process.env[TEMPLATE_DB_ENV]!;
    const name = `${template}_${randomBytes(4).toString('hex')}`;
    const admin = new Client({ connectionString: serverUrl });
    await admin.connect();
    await admin.query(`CREATE DATABASE "${name}" TEMPLATE "${template}"`);
    await admin.end();
    return {
      target: { url: withDatabase(serverUrl, name), embedded: false },
      drop: async () => {
        const client = new Client({ connectionString: serverUrl });
        await client.connect();
        await client.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
        await client.end();
      },
    };
  }
  const { template, runtime } = await (embedded ??= loadEmbedded());
  const database = await EmbeddedDatabase.open({ loadDataDir: template, runtime });
  return { target: { url: database.url, embedded: true }, drop: () => database.close() };
}

/**
 * The template and PGlite's compiled WebAssembly, read once per test worker (the suites of a worker share its
 * modules): a suite's database then opens in about half the time.
 */
let embedded: Promise<{ template: Blob; runtime: EmbeddedRuntime }> | undefined;
const loadEmbedded = async () => {
  const [dump, runtime] = await Promise.all([readFile(process.env[TEMPLATE_FILE_ENV]!), loadEmbeddedRuntime()]);
  return { template: new Blob([dump]), runtime };
};
