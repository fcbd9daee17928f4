import { GraphQLError } from 'graphql';
import type { ErrorCode, ErrorReason } from '@tripart/contracts';

export interface FieldError {
  field: string;
  message: string;
  constraint?: string;
  /** Why, where the constraint has several reasons (a weak password: which weakness). */
  reason?: string;
  /** The figures a translated message needs (a draft without units: what was found in it). */
  params?: Record<string, string | number>;
}

/** An error a person may see: a stable code and a plain message. */
export class AppError extends GraphQLError {
  constructor(code: ErrorCode, message: string, extra: Record<string, unknown> = {}) {
    super(message, { extensions: { code, ...extra } });
  }

  get code(): ErrorCode {
    return this.extensions.code as ErrorCode;
  }
}

/** `reason` tells clients which refusal this is, for a text of their own in the person's language. */
export const badInput = (message: string, fieldErrors?: FieldError[], reason?: ErrorReason) =>
  new AppError('BAD_USER_INPUT', message, { ...(fieldErrors ? { fieldErrors } : {}), ...(reason ? { reason } : {}) });
export const unauthenticated = (message = 'Sign in to continue.') => new AppError('UNAUTHENTICATED', message);
export const forbidden = (message = 'You are not allowed to do this.') => new AppError('FORBIDDEN', message);
export const notFound = (what: string) => new AppError('NOT_FOUND', `${what} was not found.`);
export const conflict = (message: string, reason?: ErrorReason) => new AppError('CONFLICT', message, reason ? { reason } : {});
export const rateLimited = (message: string, extra: Record<string, unknown> = {}) => new AppError('RATE_LIMITED', message, extra);
