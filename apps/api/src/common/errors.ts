import { GraphQLError } from 'graphql';
import type { ErrorCode } from '@tripart/contracts';

export interface FieldError {
  field: string;
  message: string;
  constraint?: string;
  /** Why, where the constraint has several reasons (a weak password: which weakness). */
  reason?: string;
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

export const badInput = (message: string, fieldErrors?: FieldError[]) =>
  new AppError('BAD_USER_INPUT', message, fieldErrors ? { fieldErrors } : {});
export const unauthenticated = (message = 'Sign in to continue.') => new AppError('UNAUTHENTICATED', message);
export const forbidden = (message = 'You are not allowed to do this.') => new AppError('FORBIDDEN', message);
export const notFound = (what: string) => new AppError('NOT_FOUND', `${what} was not found.`);
export const conflict = (message: string) => new AppError('CONFLICT', message);
export const rateLimited = (message: string, extra: Record<string, unknown> = {}) => new AppError('RATE_LIMITED', message, extra);
