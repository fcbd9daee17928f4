import { AppError } from './errors';

/** PostgreSQL's SQLSTATEs for a server that is going away or not there (classes 08 and 57P, too many connections). */
const UNAVAILABLE_STATES = new Set(['08000', '08001', '08003', '08004', '08006', '57P01', '57P02', '57P03', '53300']);
const UNAVAILABLE_ERRNOS = new Set(['ECONNREFUSED', 'ECONNRESET', 'ETIMEDOUT', 'EPIPE', 'EHOSTUNREACH', 'ENOTFOUND', 'EAI_AGAIN']);
/** What `pg` and TypeORM say when the connection is lost or cannot be had. */
const UNAVAILABLE_MESSAGES =
  /Connection terminated|Connection is not established|timeout exceeded when trying to connect|Client has encountered a connection error|Client was closed and is not queryable|Cannot use a pool after calling end|the database system is (starting up|shutting down|in recovery mode)|terminating connection due to administrator command/i;

/** How many seconds a client is told to wait before trying again. */
export const RETRY_AFTER_SECONDS = 2;

/**
 * Whether an error means the database cannot be reached right now (rather
 * than a bug or bad input): the request may simply be tried again.
 * Looks through TypeORM's and the driver's wrappers.
 */
export function isDatabaseUnavailable(error: unknown, depth = 0): boolean {
  if (!error || typeof error !== 'object' || depth > 4) return false;
  const { code, errno, message, driverError, cause, originalError } = error as Record<string, unknown>;
  if (typeof code === 'string' && (UNAVAILABLE_STATES.has(code) || UNAVAILABLE_ERRNOS.has(code))) return true;
  if (typeof errno === 'string' && UNAVAILABLE_ERRNOS.has(errno)) return true;
  if (typeof message === 'string' && UNAVAILABLE_MESSAGES.test(message)) return true;
  if (error instanceof AggregateError && error.errors.some((inner) => isDatabaseUnavailable(inner, depth + 1))) return true;
  return [driverError, cause, originalError].some((inner) => isDatabaseUnavailable(inner, depth + 1));
}

/** Not "nothing was saved": a connection lost during a commit leaves that unknown. */
export const SERVICE_UNAVAILABLE_MESSAGE = 'Tripart cannot reach its database for a moment. Try again in a few seconds.';

export const serviceUnavailable = () =>
  new AppError('SERVICE_UNAVAILABLE', SERVICE_UNAVAILABLE_MESSAGE, {
    retryAfterSeconds: RETRY_AFTER_SECONDS,
  });
