import { Inject, Injectable, Logger } from '@nestjs/common';
import { clientEvents, type AckError, type ClientEventName, type ClientEventPayload, type ClientEventResults } from '@tripart/contracts';
import type { Actor } from '../access/actor';
import { AppError } from '../common/errors';
import { isDatabaseUnavailable, serviceUnavailable } from '../common/service-unavailable';
import { APP_CONFIG, type AppConfig } from '../config/app-config';
import { SocketRateLimit } from './socket-rate-limit';
import type { TripartSocket } from './socket-types';
import { SESSION_EXPIRED, endExpired, tokenExpired } from './token-expiry';

export type SocketHandler<E extends ClientEventName> = (
  actor: Actor,
  payload: ClientEventPayload<E>,
  socket: TripartSocket,
) => Promise<ClientEventResults[E]> | ClientEventResults[E];

const fail = (error: AckError) => ({ ok: false, error });

/**
 * Client events: one registry of handlers that features fill in; each event
 * checked against the token's expiry, rate limited, validated against its
 * schema in libs/contracts, handled, and acknowledged `{ ok, ... }` — an
 * error of any kind becomes an error acknowledgement, never a crash.
 */
@Injectable()
export class ClientEventDispatcher {
  private readonly logger = new Logger('Realtime');
  private readonly handlers = new Map<string, SocketHandler<ClientEventName>>();

  constructor(@Inject(APP_CONFIG) private readonly config: AppConfig) {}

  on<E extends ClientEventName>(event: E, handler: SocketHandler<E>): void {
    this.handlers.set(event, handler as unknown as SocketHandler<ClientEventName>);
  }

  /**
   * Serves one socket, once `ready` has settled. Its events are handled one
   * after the other, in the order they came: a leave sent just before a join
   * (a page remounting) cannot overtake it; events of different sockets still
   * run side by side. `handled` runs after each, before its acknowledgement.
   */
  serve(socket: TripartSocket, ready: Promise<unknown>, handled: () => void): void {
    // A recovered session's data may come back serialized (Redis): give it a live rate limit again.
    if (!(socket.data.rateLimit instanceof SocketRateLimit)) socket.data.rateLimit = new SocketRateLimit(this.config.socketEventBurst, this.config.socketEventsPerSecond);
    let previous = ready;
    socket.onAny((event: unknown, ...args: unknown[]) => {
      const ack = typeof args[args.length - 1] === 'function' ? (args.pop() as (reply: unknown) => void) : undefined;
      previous = previous
        .then(() => this.dispatch(socket, event, args[0]))
        .then((reply) => {
          handled();
          ack?.(reply);
        }, () => undefined);
    });
  }

  private async dispatch(socket: TripartSocket, event: unknown, payload: unknown): Promise<object> {
    if (tokenExpired(socket)) {
      endExpired(socket);
      return fail(SESSION_EXPIRED);
    }
    if (!socket.data.rateLimit.take()) return fail({ code: 'RATE_LIMITED', message: 'Too many events; slow down.' });
    const schema = typeof event === 'string' ? clientEvents[event as ClientEventName] : undefined;
    const handler = typeof event === 'string' ? this.handlers.get(event) : undefined;
    if (!schema || !handler) return fail({ code: 'BAD_USER_INPUT', message: 'Unknown event.' });
    const parsed = schema.safeParse(payload);
    if (!parsed.success) {
      const issue = parsed.error.issues[0];
      return fail({ code: 'BAD_USER_INPUT', message: `Invalid payload: ${issue.path.join('.') || 'payload'} ${issue.message}` });
    }
    try {
      return { ok: true, ...(await handler(socket.data.actor, parsed.data, socket)) };
    } catch (error) {
      if (error instanceof AppError) return fail({ code: error.code, message: error.message });
      if (isDatabaseUnavailable(error)) return fail({ code: 'SERVICE_UNAVAILABLE', message: serviceUnavailable().message });
      this.logger.error(error instanceof Error ? error.stack : String(error));
      return fail({ code: 'INTERNAL_SERVER_ERROR', message: 'Something went wrong on our side.' });
    }
  }
}
