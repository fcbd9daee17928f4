/** The stateless message the server sends an editor whose right to write changed (see the API's CollabServer). */
export interface AccessMessage {
  type: 'tripart:access';
  writable: boolean;
}

export function parseAccessMessage(payload: string): AccessMessage | null {
  try {
    const message = JSON.parse(payload) as Partial<AccessMessage>;
    return message?.type === 'tripart:access' && typeof message.writable === 'boolean' ? { type: message.type, writable: message.writable } : null;
  } catch {
    return null;
  }
}

/** Hocuspocus tells the scope at authentication: "read-write" or "readonly". */
export const writableFromScope = (scope: string | undefined): boolean | null =>
  scope === 'read-write' ? true : scope === 'readonly' ? false : null;

/** The stateless message the server sends when storing the document fails, and again when it works (see the API's PersistenceExtension). */
export function parseStoredMessage(payload: string): boolean | null {
  try {
    const message = JSON.parse(payload) as { type?: unknown; stored?: unknown };
    return message?.type === 'tripart:stored' && typeof message.stored === 'boolean' ? message.stored : null;
  } catch {
    return null;
  }
}
