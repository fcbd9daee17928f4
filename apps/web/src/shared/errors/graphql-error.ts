import { ApolloError } from '@apollo/client';
import { ERROR_CODES, ERROR_REASONS, type ErrorCode, type ErrorReason } from '@tripart/contracts';

export interface FieldError {
  field: string;
  message: string;
  constraint?: string;
  /** Why, where a constraint has several reasons (a weak password: which weakness). */
  reason?: string;
  /** The figures a translated message needs (a draft without units: what was found in it). */
  params?: Record<string, string | number>;
}

/** What the UI needs from a failed call: one code, and the fields to flag if any. */
export interface ProblemDetails {
  code: ErrorCode | 'NETWORK' | 'UNKNOWN';
  fieldErrors: FieldError[];
  /** How long the server asks to wait (RATE_LIMITED, SERVICE_UNAVAILABLE). */
  retryAfterSeconds?: number;
  /** Which refusal this is, where the server names it: said in the person's language instead of the code's text. */
  reason?: ErrorReason;
}

function detailsOf(extensions: Record<string, unknown> | undefined): ProblemDetails {
  const code = extensions?.['code'];
  const wait = extensions?.['retryAfterSeconds'];
  const reason = extensions?.['reason'];
  return {
    code: isErrorCode(code) ? code : 'UNKNOWN',
    fieldErrors: asFieldErrors(extensions?.['fieldErrors']),
    ...(typeof wait === 'number' && wait > 0 ? { retryAfterSeconds: wait } : {}),
    // A reason this client does not know yet is left out: the code's text is said instead.
    ...(isErrorReason(reason) ? { reason } : {}),
  };
}

function isErrorReason(value: unknown): value is ErrorReason {
  return typeof value === 'string' && (ERROR_REASONS as readonly string[]).includes(value);
}

function isErrorCode(value: unknown): value is ErrorCode {
  return typeof value === 'string' && (ERROR_CODES as readonly string[]).includes(value);
}

function asFieldErrors(value: unknown): FieldError[] {
  if (!Array.isArray(value)) return [];
  return value.filter(
    (item): item is FieldError =>
      !!item && typeof item === 'object' && typeof (item as FieldError).field === 'string',
  );
}

export function problemOf(error: unknown): ProblemDetails | null {
  if (!error) return null;
  // Plain-HTTP failures (uploads, downloads) already carry their ProblemDetails.
  const carried = (error as { problem?: ProblemDetails }).problem;
  if (carried && typeof carried.code === 'string' && Array.isArray(carried.fieldErrors)) return carried;
  if (error instanceof ApolloError) {
    const [first] = error.graphQLErrors;
    if (first) return detailsOf(first.extensions);
    // A non-2xx answer (a 503 while the database is away, a 400 refusal) is a network error carrying the body.
    const answered = (error.networkError as { result?: { errors?: Array<{ extensions?: Record<string, unknown> }> } } | null)?.result?.errors?.[0];
    if (answered) return detailsOf(answered.extensions);
    if (error.networkError) return { code: 'NETWORK', fieldErrors: [] };
  }
  return { code: 'UNKNOWN', fieldErrors: [] };
}
