import { z } from 'zod';
import type { Ack } from './errors';
import type { SessionChanged } from './session-changes';
import { sessionEvents, type CaucusMessageEvent } from './sessions';

/**
 * Socket.IO events, client → server. Each feature adds its events here with
 * the zod schema of its payload; both ends import the names and types.
 */
export const clientEvents = {
  'presence:ping': z.object({ clientTime: z.number().finite() }).strict(),
  'dossier:watch': z.object({ dossierId: z.string().uuid() }).strict(),
  'dossier:unwatch': z.object({ dossierId: z.string().uuid() }).strict(),
  ...sessionEvents,
} as const;

export type ClientEventName = keyof typeof clientEvents;
export type ClientEventPayload<E extends ClientEventName> = z.infer<(typeof clientEvents)[E]>;

type SessionResults = { [E in keyof typeof sessionEvents]: { seq: number } };

export interface ClientEventResults extends SessionResults {
  'presence:ping': { serverTime: number; userId: string };
  'dossier:watch': { dossierId: string };
  'dossier:unwatch': { dossierId: string };
}
export type ClientEventAck<E extends ClientEventName> = Ack<ClientEventResults[E]>;

/**
 * Client → server as Socket.IO types it (`Server<ClientEvents, ServerEvents>`,
 * `Socket<ServerEvents, ClientEvents>`): the payload, then the callback that
 * receives the acknowledgement — every client event is acknowledged.
 */
export type ClientEvents = {
  [E in ClientEventName]: (payload: ClientEventPayload<E>, ack: (reply: ClientEventAck<E>) => void) => void;
};

/** Server → client events: what each one carries. */
export interface ServerEventPayloads {
  /** A comment the receiver may see was created, edited, resolved or deleted. */
  'comment:changed': { dossierId: string; provisionId: string; commentId: string; change: 'created' | 'updated' | 'deleted' | 'resolved' | 'reopened' };
  /** Someone named the receiver with @ in a comment the receiver may see. */
  'mention:created': { dossierId: string; provisionId: string; commentId: string };
  /** The receiver's place in a dossier changed: refetch what they may see. */
  'dossier:access-changed': { dossierId: string };
  /** A live session changed: what changed, with `seq` (one more per change); a client that sees a gap refetches. */
  'session:changed': SessionChanged;
  /**
   * A facilitator linked a provision to a convention article, changed a link's
   * gap note, marked a carried link reviewed ('updated') or removed a link: the
   * plenary refetches that provision's links and the coverage.
   */
  'convention-links:changed': { dossierId: string; provisionId: string; change: 'linked' | 'updated' | 'unlinked' };
  /** A delegation submitted its position: the plenary may refetch `positionSubmissions`. */
  'position:submitted': { dossierId: string; submissionId: string };
  /** A session recorded an outcome on one of the dossier's items: the plenary refetches its outcomes (the consensus matrix). */
  'outcome:recorded': { dossierId: string; sessionId: string; agendaItemId: string };
  /** The government recorded (or amended) its response to a contribution: the plenary refetches the responses. */
  'response:recorded': { dossierId: string; submissionId: string; provisionId: string };
  /** A session's minutes changed (generated, revised, sent, decided on by a signatory, sealed, an addendum): the plenary refetches them. */
  'minutes:changed': { dossierId: string; sessionId: string; minutesId: string; change: 'generated' | 'revised' | 'sent' | 'decided' | 'sealed' | 'addendum' };
  /** A message in my delegation's private channel. */
  'caucus:message': CaucusMessageEvent;
}

export type ServerEventName = keyof ServerEventPayloads;
export type ServerEventPayload<E extends ServerEventName> = ServerEventPayloads[E];
/** Server → client as Socket.IO types it: one payload, no acknowledgement. */
export type ServerEvents = { [E in ServerEventName]: (payload: ServerEventPayloads[E]) => void };

/** Largest socket message the server accepts, in bytes. */
export const SOCKET_MAX_PAYLOAD_BYTES = 64 * 1024;
