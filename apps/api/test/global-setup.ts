import 'reflect-metadata';
import { randomBytes } from 'node:crypto';
import { writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Client } from 'pg';
import { DataSource } from 'typeorm';
import { dataSourceOptions } from '../src/database/data-source-options';
import { EmbeddedDatabase } from '../src/database/embedded-database';
import { runMigrations } from '../src/database/run-migrations';
import { TEMPLATE_DB_ENV, TEMPLATE_FILE_ENV, withDatabase } from './test-database';
import { PASSWORD_HASH_ENV, testPasswordHash } from './test-password';
import { probeTestServers, TEST_SERVERS_ENV } from './test-servers';

/**
 * Migrates one template database (embedded, or on DATABASE_URL); every suite then starts from a copy
 * of it. Where a PostgreSQL and a Redis answer, a server template too, for the multi-instance suites.
 * Workers inherit what this sets in process.env.
 */
export default async function globalSetup(): Promise<void> {
  process.env[PASSWORD_HASH_ENV] = await testPasswordHash();
  const servers = await probeTestServers();
  if (servers) process.env[TEST_SERVERS_ENV] = JSON.stringify(servers);
  const serverUrl = process.env.DATABASE_URL || servers?.databaseUrl;
  await Promise.all([
    serverUrl && migrateServerTemplate(serverUrl).then((template) => (process.env[TEMPLATE_DB_ENV] = template)),
    !process.env.DATABASE_URL && migrateEmbeddedTemplate().then((file) => (process.env[TEMPLATE_FILE_ENV] = file)),
  ]);
}

async function migrateServerTemplate(serverUrl: string): Promise<string> {
  const template = `tripart_test_${process.pid}_${randomBytes(3).toString('hex')}`;
  const admin = new Client({ connectionString: serverUrl });
  await admin.connect();
  await admin.query(`CREATE DATABASE "${template}"`);
  await admin.end();
  const dataSource = new DataSource(dataSourceOptions({ url: withDatabase(serverUrl, template), embedded: false }));
  await dataSource.initialize();
  await runMigrations(dataSource, false);
  await dataSource.destroy();
  return template;
}

async function migrateEmbeddedTemplate(): Promise<string> {
  const embedded = await EmbeddedDatabase.open();
  const dataSource = new DataSource(dataSourceOptions({ url: embedded.url, embedded: true }));
  await dataSource.initialize();
  await runMigrations(dataSource, true);
  await dataSource.destroy();
  const file = join(tmpdir(), `tripart-test-template-${process.pid}.tar`);
  await writeFile(file, Buffer.from(await (await embedded.dump()).arrayBuffer()));
  await embedded.close();
  return file;
}
