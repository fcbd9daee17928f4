import type { Server, Socket } from 'socket.io';
import type { ClientEvents, ServerBusEvents, ServerEvents } from '@tripart/contracts';
import type { Actor } from '../access/actor';
import type { SocketRateLimit } from './socket-rate-limit';

/** What the server keeps on each socket (recovered with it, through Redis serialized). */
export interface SocketData {
  actor: Actor;
  rateLimit: SocketRateLimit;
  /** The sign-in the access token belongs to (its room empties on sign-out). */
  sessionId: string;
  /** When the access token expires, ms since the epoch. */
  tokenExpiresAt: number;
  /** The live sessions this socket joined (attendance closes them when it goes). */
  sessions?: Set<string>;
}

/** The API's Socket.IO server: an event name or payload not in libs/contracts does not compile. */
export type TripartServer = Server<ClientEvents, ServerEvents, ServerBusEvents, SocketData>;
export type TripartSocket = Socket<ClientEvents, ServerEvents, ServerBusEvents, SocketData>;
