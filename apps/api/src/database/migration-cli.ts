/* Migration commands: `generate <Name>` writes a migration for the difference
 * between the entities and the migrated schema; `run` applies pending ones.
 * Both use DATABASE_URL when set, otherwise a fresh in-memory embedded
 * database (generate) or the one under DATA_DIR (run). */
import 'reflect-metadata';
import { readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { DataSource } from 'typeorm';
import { loadConfig } from '../config/app-config';
import { dataSourceOptions } from './data-source-options';
import { EmbeddedDatabase } from './embedded-database';
import { pendingSchemaChanges } from './schema-drift';
import { runMigrations } from './run-migrations';

const MIGRATIONS_DIR = resolve('apps/api/src/database/migrations');

function migrationSource(className: string, up: string[], down: string[]): string {
  const lines = (queries: string[]) => queries.map((q) => `    await queryRunner.query(${JSON.stringify(q)});`).join('\n');
  return `import type { MigrationInterface, QueryRunner } from 'typeorm';

export class ${className} implements MigrationInterface {
  name = '${className}';

  async up(queryRunner: QueryRunner): Promise<void> {
${lines(up)}
  }

  async down(queryRunner: QueryRunner): Promise<void> {
${lines(down)}
  }
}
`;
}

async function generate(dataSource: DataSource, name: string): Promise<void> {
  const { up, down } = await pendingSchemaChanges(dataSource);
  if (up.length === 0) {
    console.log('Entities and migrations agree: nothing to generate.');
    return;
  }
  const timestamp = Date.now();
  const className = `${name.replace(/[^A-Za-z0-9]/g, '')}${timestamp}`;
  const file = `${timestamp}-${name}`;
  writeFileSync(join(MIGRATIONS_DIR, `${file}.ts`), migrationSource(className, up, down.reverse()));
  const indexPath = join(MIGRATIONS_DIR, 'index.ts');
  const index = readFileSync(indexPath, 'utf8')
    .replace(/^/, `import { ${className} } from './${file}';\n`)
    .replace(/\n\];\s*$/, `\n  ${className},\n];\n`);
  writeFileSync(indexPath, index);
  console.log(`Wrote migrations/${file}.ts (${up.length} statements).`);
}

async function main(): Promise<void> {
  const [command, name] = process.argv.slice(2);
  const config = loadConfig();
  const embedded = config.databaseUrl
    ? undefined
    : await EmbeddedDatabase.open({ dataDir: command === 'run' ? join(config.dataDir, 'pglite') : undefined });
  const dataSource = new DataSource(
    dataSourceOptions({ url: config.databaseUrl ?? embedded!.url, embedded: Boolean(embedded) }),
  );
  await dataSource.initialize();
  try {
    const applied = await runMigrations(dataSource, Boolean(embedded));
    if (applied.length) console.log(`Applied: ${applied.join(', ')}`);
    if (command === 'generate') {
      if (!name) throw new Error('Usage: migration:generate -- <Name>');
      await generate(dataSource, name);
    } else if (command !== 'run') {
      throw new Error(`Unknown command ${command}; use generate or run`);
    }
  } finally {
    await dataSource.destroy();
    await embedded?.close();
  }
}

main().catch((error) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
