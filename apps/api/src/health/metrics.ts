import type { NextFunction, Request, Response } from 'express';
import { Counter, Histogram, Registry, collectDefaultMetrics } from 'prom-client';

const ROUTES = new Set(['/graphql', '/health', '/metrics', '/api', '/socket.io']);
/** Distinct GraphQL operation names kept as labels; past that (names are the client's to choose), `other`. */
const MAX_OPERATION_LABELS = 200;
const OPERATION_NAME = /^[A-Za-z_][A-Za-z0-9_]{0,63}$/;

/** What the GraphQL layer found a request to be (set by graphql/operation-label.plugin.ts). */
export interface GraphqlOperationLabel {
  name: string | null;
  type: string;
}

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
  private readonly operations = new Counter({
    name: 'tripart_graphql_operations_total',
    help: 'GraphQL requests by operation name, type (query, mutation, invalid) and HTTP status.',
    labelNames: ['operation', 'type', 'status'] as const,
    registers: [this.registry],
  });
  private readonly operationDurations = new Histogram({
    name: 'tripart_graphql_operation_duration_seconds',
    help: 'GraphQL request durations by operation name.',
    labelNames: ['operation', 'type'] as const,
    buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5],
    registers: [this.registry],
  });
  private readonly operationNames = new Set<string>();

  constructor() {
    collectDefaultMetrics({ register: this.registry, prefix: 'tripart_' });
  }

  /**
   * Express middleware; routes are reduced to their first segment to keep
   * label sets small. The route is read from `originalUrl`: by the time a
   * request finishes, a mounted handler (Apollo at /graphql) has cut its own
   * prefix off `path`, and GraphQL was counted as the web app.
   */
  middleware() {
    return (request: Request, response: Response, next: NextFunction) => {
      const started = process.hrtime.bigint();
      response.on('finish', () => {
        const seconds = Number(process.hrtime.bigint() - started) / 1e9;
        const segment = `/${new URL(request.originalUrl, 'http://localhost').pathname.split('/')[1] ?? ''}`;
        const route = ROUTES.has(segment) ? segment : '/web';
        const status = String(response.statusCode);
        this.requests.inc({ method: request.method, route, status });
        this.durations.observe({ method: request.method, route }, seconds);
        if (route === '/graphql') this.countOperation(response.locals.graphqlOperation as GraphqlOperationLabel | undefined, status, seconds);
      });
      next();
    };
  }

  private countOperation(label: GraphqlOperationLabel | undefined, status: string, seconds: number): void {
    const type = label?.type ?? 'invalid';
    const operation = this.operationLabel(label?.name ?? null);
    this.operations.inc({ operation, type, status });
    this.operationDurations.observe({ operation, type }, seconds);
  }

  private operationLabel(name: string | null): string {
    if (!name) return 'anonymous';
    if (!OPERATION_NAME.test(name)) return 'other';
    if (this.operationNames.has(name)) return name;
    if (this.operationNames.size >= MAX_OPERATION_LABELS) return 'other';
    this.operationNames.add(name);
    return name;
  }
}
