/* `npm run audit:verify [-- --all]`: verifies every audit chain, on DATABASE_URL or the embedded database (stop the app first). */
import { join } from 'node:path';
import { Client } from 'pg';
import { loadConfig } from '../config/app-config';
import { EmbeddedDatabase } from '../database/embedded-database';
import { reportVerification } from './audit-verify.report';

async function main(): Promise<void> {
  const config = loadConfig();
  const embedded = config.databaseUrl ? undefined : await EmbeddedDatabase.open({ dataDir: join(config.dataDir, 'pglite') });
  const client = new Client({ connectionString: config.databaseUrl ?? embedded!.url });
  await client.connect();
  try {
    const [{ exists }] = (await client.query(`SELECT to_regclass('audit_chain_head') IS NOT NULL AS exists`)).rows;
    if (!exists) throw new Error('This database has no audit chains yet: start the app once (it runs the migrations), then verify.');
    const { exitCode } = await reportVerification(client, (line) => console.log(line), { all: process.argv.includes('--all') });
    process.exitCode = exitCode;
  } finally {
    await client.end();
    await embedded?.close();
  }
}

main().catch((error) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(2);
});
