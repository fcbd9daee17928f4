/* `npm run seed`: migrates and seeds the demo data into an empty database. */
import 'reflect-metadata';
import { join } from 'node:path';
import { createApp } from '../bootstrap/create-app';
import { loadConfig } from '../config/app-config';
import { EmbeddedDatabase } from '../database/embedded-database';
import { DemoSeedService } from './demo-seed.service';

async function main(): Promise<void> {
  const config = loadConfig();
  if (config.env === 'production') throw new Error('Demo data is never seeded when NODE_ENV=production.');
  const embedded = config.databaseUrl ? undefined : await EmbeddedDatabase.open({ dataDir: join(config.dataDir, 'pglite') });
  const app = await createApp(config, { url: config.databaseUrl ?? embedded!.url, embedded: Boolean(embedded) }, { logger: ['error'], seed: false });
  try {
    const seed = app.get(DemoSeedService);
    console.log((await seed.seedIfEmpty()) ? 'Demo data seeded.' : 'The database already has people: nothing seeded.');
    if (await seed.hasDemoUsers()) console.log(seed.describe(config.publicUrl));
  } finally {
    await app.close();
    await embedded?.close();
  }
}

main().catch((error) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
