export type CollabLink = 'connecting' | 'connected' | 'disconnected';

/** What the person is told about their edits: never "Saved" unless the server has them. */
export type CollabStatus = 'connecting' | 'saved' | 'saving' | 'reconnecting' | 'offline' | 'refused';

export function collabStatus(input: { link: CollabLink; synced: boolean; unsynced: number; online: boolean; refused: boolean; everSynced: boolean }): CollabStatus {
  if (input.refused) return 'refused';
  if (!input.online) return 'offline';
  if (input.link !== 'connected') return input.everSynced ? 'reconnecting' : 'connecting';
  if (!input.synced) return input.everSynced ? 'reconnecting' : 'connecting';
  return input.unsynced > 0 ? 'saving' : 'saved';
}
