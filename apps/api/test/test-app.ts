import 'reflect-metadata';
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { INestApplication } from '@nestjs/common';
import { getDataSourceToken } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { createApp } from '../src/bootstrap/create-app';
import { loadConfig, type AppConfig } from '../src/config/app-config';
import type { DatabaseTarget } from '../src/database/database-target';
import { createTestDatabase } from './test-database';
import { testServers } from './test-servers';

export interface GqlResult<T = Record<string, any>> {
  status: number;
  data?: T;
  errors?: Array<{ message: string; extensions: { code: string; fieldErrors?: Array<{ field: string; message: string }> } }>;
}

export interface TestApp {
  app: INestApplication;
  url: string;
  config: AppConfig;
  database: DatabaseTarget;
  dataSource: DataSource;
  gql<T = Record<string, any>>(query: string, variables?: Record<string, unknown>, token?: string): Promise<GqlResult<T>>;
  /** Stops this instance and starts a new one on the same database (the old object is then closed). */
  restart(): Promise<TestApp>;
  close(): Promise<void>;
}

interface StartOptions {
  /** A second instance: on the same database and Redis as this one. */
  sameDatabaseAs?: TestApp;
  /** On the PostgreSQL and Redis of testServers() (a multi-instance suite), whatever DATABASE_URL and REDIS_URL say. */
  onServers?: boolean;
  reuse?: { target: DatabaseTarget; drop: () => Promise<void> };
}

/**
 * The real API on port 0 over a fresh copy of the migrated database:
 * what production runs, minus demo data.
 */
export async function startTestApp(overrides: Partial<AppConfig> = {}, options: StartOptions = {}): Promise<TestApp> {
  const servers = options.onServers ? testServers() : undefined;
  const dataDir = mkdtempSync(join(tmpdir(), 'tripart-test-'));
  const config: AppConfig = {
    ...loadConfig({ NODE_ENV: 'test' }),
    dataDir,
    jwtSecret: randomBytes(32).toString('hex'),
    webDistDir: join(dataDir, 'no-web'),
    seedDemo: false,
    redisUrl: options.sameDatabaseAs ? options.sameDatabaseAs.config.redisUrl : servers?.redisUrl ?? (process.env.REDIS_URL || undefined),
    // Suites run side by side on one Redis: each app (or pair of instances) gets its own streams.
    redisPrefix: options.sameDatabaseAs?.config.redisPrefix ?? `tripart-test-${randomBytes(4).toString('hex')}`,
    ...overrides,
  };
  const database = options.reuse ?? (options.sameDatabaseAs
    ? { target: options.sameDatabaseAs.database, drop: async () => undefined }
    : await createTestDatabase(servers?.databaseUrl));
  const app = await createApp(config, database.target, { logger: false, seed: false });
  await app.listen(0, '127.0.0.1');
  const address = app.getHttpServer().address() as { port: number };
  const url = `http://127.0.0.1:${address.port}`;

  const gql = async <T>(query: string, variables?: Record<string, unknown>, token?: string): Promise<GqlResult<T>> => {
    const response = await fetch(`${url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
      body: JSON.stringify({ query, variables }),
    });
    const body = (await response.json()) as Omit<GqlResult<T>, 'status'>;
    return { status: response.status, ...body };
  };

  return {
    app,
    url,
    config,
    database: database.target,
    dataSource: app.get<DataSource>(getDataSourceToken()),
    gql,
    restart: async () => {
      await app.close();
      rmSync(dataDir, { recursive: true, force: true });
      return startTestApp({ ...overrides, jwtSecret: config.jwtSecret, redisUrl: config.redisUrl, redisPrefix: config.redisPrefix }, { reuse: database });
    },
    close: async () => {
      await app.close();
      await database.drop();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}
