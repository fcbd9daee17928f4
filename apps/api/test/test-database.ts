import { randomBytes } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { Client } from 'pg';
import type { DatabaseTarget } from '../src/database/database-target';
import { EmbeddedDatabase } from '../src/database/embedded-database';

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
  const dump = await readFile(process.env[TEMPLATE_FILE_ENV]!);
  const embedded = await EmbeddedDatabase.open({ loadDataDir: new Blob([dump]) });
  return { target: { url: embedded.url, embedded: true }, drop: () => embedded.close() };
}
