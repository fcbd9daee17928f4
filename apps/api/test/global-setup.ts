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

/** Migrates one template database; every suite then starts from a copy of it. */
export default async function globalSetup(): Promise<void> {
  const serverUrl = process.env.DATABASE_URL;
  if (serverUrl) {
    const template = `tripart_test_${process.pid}_${randomBytes(3).toString('hex')}`;
    const admin = new Client({ connectionString: serverUrl });
    await admin.connect();
    await admin.query(`CREATE DATABASE "${template}"`);
    await admin.end();
    const dataSource = new DataSource(dataSourceOptions({ url: withDatabase(serverUrl, template), embedded: false }));
    await dataSource.initialize();
    await runMigrations(dataSource, false);
    await dataSource.destroy();
    process.env[TEMPLATE_DB_ENV] = template;
    return;
  }
  const embedded = await EmbeddedDatabase.open();
  const dataSource = new DataSource(dataSourceOptions({ url: embedded.url, embedded: true }));
  await dataSource.initialize();
  await runMigrations(dataSource, true);
  await dataSource.destroy();
  const file = join(tmpdir(), `tripart-test-template-${process.pid}.tar`);
  await writeFile(file, Buffer.from(await (await embedded.dump()).arrayBuffer()));
  await embedded.close();
  process.env[TEMPLATE_FILE_ENV] = file;
}
