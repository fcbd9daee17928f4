import { createHash, timingSafeEqual } from 'node:crypto';
import { Inject, Injectable, type CanActivate, type ExecutionContext } from '@nestjs/common';
import type { Request } from 'express';
import { unauthenticated } from '../common/errors';
import { APP_CONFIG, type AppConfig } from '../config/app-config';

const LOOPBACK = /^(127\.\d+\.\d+\.\d+|::1|::ffff:127\.\d+\.\d+\.\d+)$/;
const digest = (value: string) => createHash('sha256').update(value).digest();

/**
 * /metrics tells how the service is used (routes, operations, load): with
 * METRICS_TOKEN, only to a scraper presenting it as a bearer token; without,
 * only to a scraper on the machine itself (the client address, as
 * `trust proxy` resolves it, on the loopback).
 */
@Injectable()
export class MetricsAccessGuard implements CanActivate {
  constructor(@Inject(APP_CONFIG) private readonly config: AppConfig) {}

  canActivate(context: ExecutionContext): boolean {
    const request = context.switchToHttp().getRequest<Request>();
    const expected = this.config.metricsToken;
    if (!expected) {
      if (LOOPBACK.test(request.ip ?? '')) return true;
      throw unauthenticated('Metrics are served on the loopback only, or with METRICS_TOKEN.');
    }
    const presented = /^Bearer (.+)$/.exec(request.headers.authorization ?? '')?.[1] ?? '';
    // Compared as digests: equal lengths, and no timing clue about the token.
    if (timingSafeEqual(digest(presented), digest(expected))) return true;
    throw unauthenticated('A valid metrics token is required.');
  }
}
