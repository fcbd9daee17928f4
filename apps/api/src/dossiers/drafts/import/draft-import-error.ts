export type DraftImportErrorCode =
  | 'UNSUPPORTED_FORMAT'
  | 'CORRUPT_FILE'
  | 'NO_PROVISIONS'
  | 'TOO_LARGE'
  | 'TOO_MANY_PROVISIONS';

export interface DraftImportDetails {
  reason: string;
  params: Record<string, string | number>;
}

/** Why a file could not become a draft; the message is shown to the person who uploaded it. */
export class DraftImportError extends Error {
  override readonly name = 'DraftImportError';

  constructor(
    readonly code: DraftImportErrorCode,
    message: string,
    options?: { cause?: unknown; details?: DraftImportDetails },
  ) {
    super(message, { cause: options?.cause });
    this.details = options?.details;
  }

  /** Why, with the figures the web needs to say it in the reader's language (NO_PROVISIONS: what was found). */
  readonly details?: DraftImportDetails;
}

export const isDraftImportError = (error: unknown): error is DraftImportError => error instanceof DraftImportError;
