import { Catch, HttpException, Logger, type ArgumentsHost, type ExceptionFilter } from '@nestjs/common';
import type { Response } from 'express';
import { AppError } from './errors';
import { isDatabaseUnavailable, RETRY_AFTER_SECONDS, serviceUnavailable } from './service-unavailable';

const CODES: Record<number, string> = { 400: 'BAD_USER_INPUT', 401: 'UNAUTHENTICATED', 403: 'FORBIDDEN', 404: 'NOT_FOUND', 413: 'BAD_USER_INPUT', 429: 'RATE_LIMITED' };

/** body-parser's errors (too large, malformed JSON) carry a 4xx `status`. */
function clientErrorStatus(error: unknown): number | undefined {
  const status = (error as { status?: unknown } | null)?.status;
  return typeof status === 'number' && status >= 400 && status < 500 ? status : undefined;
}

/**
 * Plain HTTP errors (uploads, downloads, a body too large, malformed JSON)
 * in the same shape as GraphQL's: `{ errors: [{ message, extensions: { code } }] }`.
 * GraphQL errors are left to Apollo.
 */
@Catch()
export class HttpErrorsFilter implements ExceptionFilter {
  private readonly logger = new Logger('HTTP');

  catch(exception: unknown, host: ArgumentsHost): unknown {
    // GraphQL's errors are Apollo's to format; an outage becomes a GraphQL error here (under compiled execution a
    // plain Error handed back by a filter would be taken for the field's value).
    if (host.getType<string>() !== 'http') return isDatabaseUnavailable(exception) ? serviceUnavailable() : exception;
    const response = host.switchToHttp().getResponse<Response>();
    let status = 500;
    let code = 'INTERNAL_SERVER_ERROR';
    let message = 'Something went wrong on our side.';
    let extra: Record<string, unknown> = {};
    if (!(exception instanceof AppError) && isDatabaseUnavailable(exception)) exception = serviceUnavailable();
    if (exception instanceof AppError) {
      code = exception.code;
      extra = exception.extensions;
      status = { UNAUTHENTICATED: 401, FORBIDDEN: 403, NOT_FOUND: 404, RATE_LIMITED: 429, CONFLICT: 409, SERVICE_UNAVAILABLE: 503 }[code as string] ?? 400;
      if (status === 503) response.setHeader('Retry-After', String(RETRY_AFTER_SECONDS));
      message = exception.message;
    } else if (exception instanceof HttpException || clientErrorStatus(exception)) {
      status = exception instanceof HttpException ? exception.getStatus() : clientErrorStatus(exception)!;
      code = CODES[status] ?? (status < 500 ? 'BAD_USER_INPUT' : code);
      message =
        status === 413 ? 'The request or file is too large.' : status === 404 ? 'Nothing here.' : status < 500 ? 'The request could not be read.' : message;
    } else {
      this.logger.error(exception instanceof Error ? exception.stack : String(exception));
    }
    if (!response.headersSent) response.status(status).json({ errors: [{ message, extensions: { ...extra, code } }] });
    return undefined;
  }
}
