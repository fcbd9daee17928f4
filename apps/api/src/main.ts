import 'reflect-metadata';
import { join } from 'node:path';
import { Logger } from '@nestjs/common';
import { createApp } from './bootstrap/create-app';
import { loadConfig } from './config/app-config';
import { EmbeddedDatabase } from './database/embedded-database';
import { DemoSeedService } from './seed/demo-seed.service';

async function main(): Promise<void> {
  const logger = new Logger('Tripart');
  const config = loadConfig();
  const embedded = config.databaseUrl
    ? undefined
    : await EmbeddedDatabase.open({ dataDir: join(config.dataDir, 'pglite') });
  const app = await createApp(config, { url: config.databaseUrl ?? embedded!.url, embedded: Boolean(embedded) });
  await app.listen(config.port, config.host);

  logger.log(`Tripart is ready on ${config.publicUrl}`);
  logger.log(embedded ? `Database: embedded (PGlite) in ${join(config.dataDir, 'pglite')}` : 'Database: PostgreSQL (DATABASE_URL)');
  logger.log(config.redisUrl ? 'Live rooms: Redis (REDIS_URL)' : 'Live rooms: this process only');
  const seed = app.get(DemoSeedService);
  if (config.env !== 'production' && (await seed.hasDemoUsers())) console.log(`\n${seed.describe(config.publicUrl)}\n`);

  let stopping = false;
  const stop = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    logger.log(`${signal}: shutting down`);
    // Never hang on the way out: a stuck connection must not keep a stopped instance alive.
    setTimeout(() => process.exit(1), 10_000).unref();
    await app.close();
    await embedded?.close();
    process.exit(0);
  };
  process.on('SIGINT', () => void stop('SIGINT'));
  process.on('SIGTERM', () => void stop('SIGTERM'));
  process.on('unhandledRejection', (reason) => logger.error(`Unhandled rejection: ${String(reason)}`));
}

main().catch((error) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
