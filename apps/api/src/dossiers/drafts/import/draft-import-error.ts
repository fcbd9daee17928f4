export type DraftImportErrorCode =
  | 'UNSUPPORTED_FORMAT'
  | 'CORRUPT_FILE'
  | 'NO_PROVISIONS'
  | 'TOO_LARGE'
  | 'TOO_MANY_PROVISIONS';

/** Why a file could not become a draft; the message is shown to the person who uploaded it. */
export class DraftImportError extends Error {
  override readonly name = 'DraftImportError';

  constructor(
    readonly code: DraftImportErrorCode,
    message: string,
    options?: { cause?: unknown },
  ) {
    super(message, options);
  }
}

export const isDraftImportError = (error: unknown): error is DraftImportError => error instanceof DraftImportError;
