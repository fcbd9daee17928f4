import { z } from 'zod';

/**
 * Server → server: what one API instance tells the others through the
 * Socket.IO adapter (Redis), each applying it to its own connections.
 * Nothing waits for an answer. (Socket.IO's own session snapshots travel
 * through the adapter's storage, not as messages of ours.)
 */
export type ServerBusEvents = {
  /** Someone lost their place in a dossier: their open documents of it close. */
  'tripart:access-revoked': (userId: string, dossierId: string) => void;
  /** An account was disabled: every live channel of that person closes. */
  'tripart:user-disabled': (userId: string) => void;
  /** A sign-in ended (signed out): its live channels close. */
  'tripart:session-ended': (sessionId: string) => void;
  /** Who may write a document changed: each instance reads the rights of its connections again. */
  'tripart:document-rights-changed': (documentName: string) => void;
};

export type ServerBusEventName = keyof ServerBusEvents;
export type ServerBusArgs<E extends ServerBusEventName> = Parameters<ServerBusEvents[E]>;

const id = z.string().min(1).max(200);

/** The arguments of each message, checked on arrival: the sender may be another version of the API. */
export const serverBusArgs: { [E in ServerBusEventName]: z.ZodType<ServerBusArgs<E>> } = {
  'tripart:access-revoked': z.tuple([id, id]),
  'tripart:user-disabled': z.tuple([id]),
  'tripart:session-ended': z.tuple([id]),
  'tripart:document-rights-changed': z.tuple([id]),
};
