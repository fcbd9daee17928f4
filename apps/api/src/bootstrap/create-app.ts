import type { INestApplication, LogLevel } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import type { NestExpressApplication } from '@nestjs/platform-express';
import { getDataSourceToken } from '@nestjs/typeorm';
import type { NextFunction, Request, Response } from 'express';
import helmet from 'helmet';
import type { DataSource } from 'typeorm';
import { AppModule } from '../app.module';
import { resolveJwtSecret } from '../auth/jwt-secret';
import { createValidationPipe } from '../common/validation.pipe';
import type { AppConfig } from '../config/app-config';
import type { DatabaseTarget } from '../database/database-target';
import { runMigrations } from '../database/run-migrations';
import { Metrics } from '../health/metrics';
import { RealtimeService } from '../realtime/realtime.service';
import { DemoSeedService } from '../seed/demo-seed.service';
import { webAppMiddleware } from '../web/web-app.middleware';

export const MAX_BODY = '1mb';

/** The content security policy the web app is built to pass. */
const CSP = {
  defaultSrc: ["'self'"],
  scriptSrc: ["'self'"],
  styleSrc: ["'self'", "'unsafe-inline'"],
  imgSrc: ["'self'", 'data:'],
  fontSrc: ["'self'", 'data:'],
  connectSrc: ["'self'", 'ws:', 'wss:'],
  objectSrc: ["'none'"],
  frameAncestors: ["'none'"],
  baseUri: ["'self'"],
  formAction: ["'self'"],
  upgradeInsecureRequests: null,
};

/** Errors raised before a route (a body too large, malformed JSON): JSON, never a stack trace. */
function httpErrorHandler(error: { status?: number; statusCode?: number; type?: string }, _req: Request, res: Response, next: NextFunction) {
  if (res.headersSent) return next(error);
  const status = error.status ?? error.statusCode ?? 500;
  const message =
    status === 413
      ? `The request is too large (limit ${MAX_BODY}).`
      : status < 500
        ? 'The request could not be read.'
        : 'Something went wrong on our side.';
  const code = status === 413 || status < 500 ? 'BAD_USER_INPUT' : 'INTERNAL_SERVER_ERROR';
  res.status(status).json({ errors: [{ message, extensions: { code } }] });
}

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
  app.use(helmet({ contentSecurityPolicy: { useDefaults: false, directives: CSP }, crossOriginEmbedderPolicy: false }));
  app.use(app.get(Metrics).middleware());
  app.useGlobalPipes(createValidationPipe());
  for (const middleware of webAppMiddleware(resolved.webDistDir)) app.use(middleware);
  app.set('trust proxy', 'loopback');
  app.enableShutdownHooks();
  await app.init();
  app.use(httpErrorHandler);

  await runMigrations(app.get<DataSource>(getDataSourceToken()), database.embedded);
  if (options.seed ?? resolved.seedDemo) await app.get(DemoSeedService).seedIfEmpty();
  await app.get(RealtimeService).attach(app.getHttpServer());
  return app;
}
