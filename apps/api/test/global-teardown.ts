import { rm } from 'node:fs/promises';
import { Client } from 'pg';
import { TEMPLATE_DB_ENV, TEMPLATE_FILE_ENV } from './test-database';

export default async function globalTeardown(): Promise<void> {
  const file = process.env[TEMPLATE_FILE_ENV];
  if (file) await rm(file, { force: true });
  const template = process.env[TEMPLATE_DB_ENV];
  if (template && process.env.DATABASE_URL) {
    const admin = new Client({ connectionString: process.env.DATABASE_URL });
    await admin.connect();
    await admin.query(`DROP DATABASE IF EXISTS "${template}" WITH (FORCE)`);
    await admin.end();
  }
}
