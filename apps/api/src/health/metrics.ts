import type { NextFunction, Request, Response } from 'express';
import { Counter, Histogram, Registry, collectDefaultMetrics } from 'prom-client';

/** Prometheus metrics of one API instance. */
export class Metrics {
  readonly registry = new Registry();
  private readonly requests = new Counter({
    name: 'tripart_http_requests_total',
    help: 'HTTP requests by method, route and status.',
    labelNames: ['method', 'route', 'status'] as const,
    registers: [this.registry],
  });
  private readonly durations = new Histogram({
    name: 'tripart_http_request_duration_seconds',
    help: 'HTTP request durations.',
    labelNames: ['method', 'route'] as const,
    buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5],
    registers: [this.registry],
  });

  constructor() {
    collectDefaultMetrics({ register: this.registry, prefix: 'tripart_' });
  }

  /** Express middleware; routes are reduced to their first segment to keep label sets small. */
  middleware() {
    return (request: Request, response: Response, next: NextFunction) => {
      const stop = this.durations.startTimer();
      response.on('finish', () => {
        const route = `/${request.path.split('/')[1] ?? ''}`;
        const known = ['/graphql', '/health', '/metrics', '/api', '/socket.io'].includes(route) ? route : '/web';
        this.requests.inc({ method: request.method, route: known, status: String(response.statusCode) });
        stop({ method: request.method, route: known });
      });
      next();
    };
  }
}
