import { Inject, Injectable, Logger } from '@nestjs/common';
import { serverBusArgs, type ServerBusArgs, type ServerBusEventName, type ServerBusEvents } from '@tripart/contracts';
import { APP_CONFIG, type AppConfig } from '../config/app-config';
import type { TripartServer } from './socket-types';

type Listener = (...args: unknown[]) => void;
/** serverSideEmit without its per-event overloads (the arguments are typed by `publish`). */
type Emit = (event: string, ...args: unknown[]) => boolean;

/**
 * Messages between the API instances (ServerBusEvents in libs/contracts),
 * through the Socket.IO adapter; a no-op on one instance. Each message's
 * arguments are checked on arrival.
 */
@Injectable()
export class ServerBus {
  private readonly logger = new Logger('ServerBus');
  private readonly listeners: Array<[ServerBusEventName, Listener]> = [];
  private io?: TripartServer;

  constructor(@Inject(APP_CONFIG) private readonly config: AppConfig) {}

  /** Handles a message from another instance. */
  on<E extends ServerBusEventName>(event: E, handler: ServerBusEvents[E]): void {
    const listener: Listener = (...args) => {
      const parsed = serverBusArgs[event].safeParse(args);
      if (parsed.success) (handler as Listener)(...(parsed.data as unknown[]));
      else this.logger.warn(`Ignored a malformed ${event} from another instance`);
    };
    this.listeners.push([event, listener]);
    const name: ServerBusEventName = event; // Socket.IO's overloads cannot follow a generic event name
    this.io?.on(name, listener);
  }

  attach(io: TripartServer): void {
    for (const [event, listener] of this.listeners) io.on(event, listener);
    this.io = io;
  }

  /** Tells the other instances. Nothing waits for them to answer. */
  publish<E extends ServerBusEventName>(event: E, ...args: ServerBusArgs<E>): void {
    if (!this.io || !this.config.redisUrl) return;
    try {
      (this.io.serverSideEmit as Emit).call(this.io, event, ...args);
    } catch (error) {
      this.logger.error(`Could not tell the other instances (${event}): ${String(error)}`);
    }
  }
}
