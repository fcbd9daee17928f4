import { Injectable } from '@nestjs/common';
import { can } from '../access/policy';
import { AccessTokenVerifier } from '../auth/access-token.verifier';
import { AppError } from '../common/errors';
import { serviceUnavailable } from '../common/service-unavailable';
import type { TripartSocket } from './socket-types';
import { holdToken, reauthenticateRecovered } from './token-expiry';

/**
 * Authenticates a Socket.IO handshake with the same access-token check as
 * GraphQL (AccessTokenVerifier, injected: each app instance its own secret):
 * the token travels in `auth.token`, as browsers cannot set headers on
 * WebSockets.
 */
@Injectable()
export class SocketAuth {
  constructor(private readonly tokens: AccessTokenVerifier) {}

  /** The `io.use` middleware: a good token of someone the policy lets connect, or the connection is refused with a code. */
  readonly handshake = async (socket: TripartSocket, next: (error?: Error) => void): Promise<void> => {
    // An outage says so (the web app tries again); a bad token is UNAUTHENTICATED.
    const token = await this.tokens.verify(socket.handshake.auth?.token).catch((error: unknown) => (error instanceof AppError ? error : serviceUnavailable()));
    if (token instanceof AppError) return next(new Error(token.code));
    if (!token || !can(token.actor, 'realtime.connect')) return next(new Error('UNAUTHENTICATED'));
    socket.data.actor = token.actor;
    holdToken(socket, token);
    next();
  };

  /** A recovered connection skipped the handshake: its new token is checked before any of its events. */
  reauthenticate(socket: TripartSocket): Promise<void> {
    return reauthenticateRecovered(socket, (token) => this.tokens.verify(token));
  }
}
