import { rm } from 'node:fs/promises';
import { Client } from 'pg';
import { TEMPLATE_DB_ENV, TEMPLATE_FILE_ENV } from './test-database';
import { testServers } from './test-servers';

export default async function globalTeardown(): Promise<void> {
  const file = process.env[TEMPLATE_FILE_ENV];
  if (file) await rm(file, { force: true });
  const template = process.env[TEMPLATE_DB_ENV];
  const serverUrl = process.env.DATABASE_URL || testServers()?.databaseUrl;
  if (template && serverUrl) {
    const admin = new Client({ connectionString: serverUrl });
    await admin.connect();
    await admin.query(`DROP DATABASE IF EXISTS "${template}" WITH (FORCE)`);
    await admin.end();
  }
}
