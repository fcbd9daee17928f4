/* `npm run create-admin -- <email> [display name]`: a single-use link that makes this person an administrator. */
import 'reflect-metadata';
import { join } from 'node:path';
import { createApp } from '../bootstrap/create-app';
import { loadConfig } from '../config/app-config';
import { EmbeddedDatabase } from '../database/embedded-database';
import { describeFirstAdministrator } from './first-administrator.message';
import { FirstAdministrator } from './first-administrator.service';

async function main(): Promise<void> {
  const [email, ...name] = process.argv.slice(2);
  if (!email) throw new Error('Usage: npm run create-admin -- <email> [display name]');
  // This command's own invitation only: not the one ADMIN_EMAIL would issue at start.
  const config = { ...loadConfig(), adminEmail: undefined };
  const embedded = config.databaseUrl ? undefined : await EmbeddedDatabase.open({ dataDir: join(config.dataDir, 'pglite') });
  const app = await createApp(config, { url: config.databaseUrl ?? embedded!.url, embedded: Boolean(embedded) }, { logger: ['error'], seed: false });
  try {
    const outcome = await app.get(FirstAdministrator).create(email.trim().toLowerCase(), name.join(' ').trim() || config.adminName);
    console.log(describeFirstAdministrator(outcome));
    if (outcome.kind !== 'invited') process.exitCode = 1;
  } finally {
    await app.close();
    await embedded?.close();
  }
}

main().catch((error) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
