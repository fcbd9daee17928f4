import type { INestApplication, LogLevel } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import type { NestExpressApplication } from '@nestjs/platform-express';
import { getDataSourceToken } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { AppModule } from '../app.module';
import { resolveJwtSecret } from '../auth/jwt-secret';
import { allowedOrigins } from '../common/allowed-origin';
import { HttpErrorsFilter } from '../common/http-errors.filter';
import { CollabServer } from '../collab/collab.server';
import { createValidationPipe } from '../common/validation.pipe';
import type { AppConfig } from '../config/app-config';
import type { DatabaseTarget } from '../database/database-target';
import { runMigrations } from '../database/run-migrations';
import { Metrics } from '../health/metrics';
import { describeFirstAdministrator } from '../people/first-administrator.message';
import { FirstAdministrator } from '../people/first-administrator.service';
import { RealtimeService } from '../realtime/realtime.service';
import { DemoSeedService } from '../seed/demo-seed.service';
import { webAppMiddleware } from '../web/web-app.middleware';
import { responseCompression } from './response-compression';
import { securityHeaders } from './security-headers';

const MAX_BODY = '1mb';

export interface CreateAppOptions {
  logger?: LogLevel[] | false;
  /** Seed demo data into an empty database (default: config.seedDemo). */
  seed?: boolean;
}

/**
 * Builds the whole API on one HTTP server: GraphQL, Socket.IO, health,
 * metrics and the web app; migrates the database first. Used by main.ts and
 * by the integration tests, so tests run what production runs.
 */
export async function createApp(
  config: AppConfig,
  database: DatabaseTarget,
  options: CreateAppOptions = {},
): Promise<INestApplication> {
  const resolved: AppConfig = { ...config, jwtSecret: resolveJwtSecret(config) };
  const app = await NestFactory.create<NestExpressApplication>(AppModule.forRoot(resolved, database), {
    bodyParser: false,
    logger: options.logger ?? ['log', 'warn', 'error'],
  });
  app.useBodyParser('json', { limit: MAX_BODY });
  app.useBodyParser('urlencoded', { limit: MAX_BODY, extended: false });
  app.use(securityHeaders());
  app.use(responseCompression());
  app.use(app.get(Metrics).middleware());
  app.useGlobalPipes(createValidationPipe());
  app.useGlobalFilters(new HttpErrorsFilter());
  for (const middleware of webAppMiddleware(resolved.webDistDir)) app.use(middleware);
  app.set('trust proxy', resolved.trustProxy);
  // No ETag on API answers (POSTs, never revalidated): hashing a reader's megabyte answer cost ~1 ms. Static files keep theirs.
  app.set('etag', false);
  await app.init();

  await runMigrations(app.get<DataSource>(getDataSourceToken()), database.embedded);
  if (options.seed ?? resolved.seedDemo) await app.get(DemoSeedService).seedIfEmpty();
  if (resolved.adminEmail) {
    const message = describeFirstAdministrator(await app.get(FirstAdministrator).ensure(resolved.adminEmail, resolved.adminName));
    if (message) console.log(`\n${message}\n`);
  }
  await app.get(RealtimeService).attach(app.getHttpServer());
  app.get(CollabServer).attach(app.getHttpServer(), allowedOrigins(resolved));
  return app;
}
