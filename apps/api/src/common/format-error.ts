import type { GraphQLFormattedError } from 'graphql';
import { ERROR_CODES } from '@tripart/contracts';
import { isDatabaseUnavailable, RETRY_AFTER_SECONDS, SERVICE_UNAVAILABLE_MESSAGE } from './service-unavailable';
import { isUniqueViolation } from './unique-violation';

const KNOWN = new Set<string>(ERROR_CODES);
const HTTP_CODES: Record<number, string> = {
  400: 'BAD_USER_INPUT',
  401: 'UNAUTHENTICATED',
  403: 'FORBIDDEN',
  404: 'NOT_FOUND',
  409: 'CONFLICT',
  413: 'BAD_USER_INPUT',
  429: 'RATE_LIMITED',
};
const APOLLO_INPUT_CODES = new Set(['GRAPHQL_PARSE_FAILED', 'GRAPHQL_VALIDATION_FAILED', 'BAD_REQUEST', 'PERSISTED_QUERY_NOT_FOUND', 'OPERATION_RESOLUTION_FAILURE']);

/**
 * Gives every GraphQL error one of our codes and a message fit for a person;
 * internal errors are logged and replaced, and stack traces leave the server
 * only in development.
 */
export function formatError(development: boolean, log: (error: unknown) => void) {
  return (formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError => {
    const extensions = { ...(formatted.extensions ?? {}) } as Record<string, unknown>;
    let code = String(extensions.code ?? '');
    const status = (extensions.originalError as { statusCode?: number } | undefined)?.statusCode;
    if (!KNOWN.has(code)) {
      if (/maximum operation depth/.test(formatted.message)) code = 'QUERY_TOO_COMPLEX';
      else if (APOLLO_INPUT_CODES.has(code)) code = 'BAD_USER_INPUT';
      else if (status && HTTP_CODES[status]) code = HTTP_CODES[status];
      else code = 'INTERNAL_SERVER_ERROR';
    }
    let message = formatted.message;
    const original = (error as { originalError?: unknown })?.originalError ?? error;
    if (code === 'INTERNAL_SERVER_ERROR' && isUniqueViolation(original)) {
      // Two writes raced for one place (a seat, a proposal): the later one is refused, as its check would have.
      code = 'CONFLICT';
      message = 'This conflicts with a change made at the same moment. Reload and try again.';
    }
    if (code === 'INTERNAL_SERVER_ERROR' && isDatabaseUnavailable(original)) {
      code = 'SERVICE_UNAVAILABLE';
      message = SERVICE_UNAVAILABLE_MESSAGE;
      extensions.retryAfterSeconds = RETRY_AFTER_SECONDS;
    }
    if (code === 'INTERNAL_SERVER_ERROR') {
      log((error as { originalError?: unknown })?.originalError ?? error);
      if (!development) message = 'Something went wrong on our side. Please try again.';
    }
    delete extensions.originalError;
    if (!development) delete extensions.stacktrace;
    return { message, locations: formatted.locations, path: formatted.path, extensions: { ...extensions, code } };
  };
}
