import 'reflect-metadata';
import { createApp } from '../../src/bootstrap/create-app';
import type { AppConfig } from '../../src/config/app-config';

/**
 * An API instance in a process of its own, so that a test can kill it
 * (`kill -9`): the config comes from the parent, the port is printed.
 */
async function main(): Promise<void> {
  const { config, databaseUrl } = JSON.parse(process.env.TRIPART_INSTANCE ?? '{}') as { config: AppConfig; databaseUrl: string };
  const app = await createApp(config, { url: databaseUrl, embedded: false }, { logger: false, seed: false });
  await app.listen(0, '127.0.0.1');
  const { port } = app.getHttpServer().address() as { port: number };
  process.stdout.write(`READY ${port}\n`);
  // SIGTERM: a graceful stop, as main.ts does (documents stored, connections closed).
  process.once('SIGTERM', () => {
    setTimeout(() => process.exit(1), 10_000).unref();
    void app.close().then(() => process.exit(0), () => process.exit(1));
  });
}

main().catch((error) => {
  process.stderr.write(`${error instanceof Error ? error.stack : String(error)}\n`);
  process.exit(1);
});
