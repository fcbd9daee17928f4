/** Error codes every client may rely on, in GraphQL `extensions.code` and socket acks. */
export const ERROR_CODES = [
  'BAD_USER_INPUT',
  'UNAUTHENTICATED',
  'FORBIDDEN',
  'NOT_FOUND',
  'RATE_LIMITED',
  'CONFLICT',
  'QUERY_TOO_COMPLEX',
  /** The database (or another service the API needs) is away for a moment: nothing was done, try again. */
  'SERVICE_UNAVAILABLE',
  'INTERNAL_SERVER_ERROR',
] as const;
export type ErrorCode = (typeof ERROR_CODES)[number];

/**
 * Why a request was refused where its code alone does not say (`extensions.reason` beside the
 * code): each client shows its own translated text for each, and the code's general text for one
 * it does not know yet. Field-level reasons travel in `fieldErrors` (`constraint`, `reason`).
 */
export const ERROR_REASONS = [
  /** An invitation link already used to set a password. */
  'INVITATION_USED',
  /** An invitation link past its 7 days. */
  'INVITATION_EXPIRED',
  /** An address that already has an account (inviting it, or accepting an invitation for it). */
  'EMAIL_TAKEN',
  /** A dossier naming a convention Tripart does not know. */
  'UNKNOWN_CONVENTION',
  /** An administrator disabling their own account. */
  'OWN_ACCOUNT',
  /** Sealed minutes: nothing in them changes; only an addendum can follow. */
  'MINUTES_SEALED',
  /** A ratification table with rows that cannot be taken: nothing of it was stored (the rows in `fieldErrors`). */
  'RATIFICATION_TABLE_REFUSED',
] as const;
export type ErrorReason = (typeof ERROR_REASONS)[number];

export interface AckError {
  code: ErrorCode;
  message: string;
}
export type Ack<T extends object = object> = ({ ok: true } & T) | { ok: false; error: AckError };
