export type CollabLink = 'connecting' | 'connected' | 'disconnected';

/** What the person is told about their edits: never "Saved" unless the server has them. */
export type CollabStatus = 'connecting' | 'saved' | 'saving' | 'unstored' | 'reconnecting' | 'offline' | 'refused';

/** `stored` false: the server has my edits but cannot store them at the moment (it keeps trying). */
export function collabStatus(input: { link: CollabLink; synced: boolean; unsynced: number; online: boolean; refused: boolean; everSynced: boolean; stored?: boolean }): CollabStatus {
  if (input.refused) return 'refused';
  if (!input.online) return 'offline';
  if (input.link !== 'connected') return input.everSynced ? 'reconnecting' : 'connecting';
  if (!input.synced) return input.everSynced ? 'reconnecting' : 'connecting';
  if (input.stored === false) return 'unstored';
  return input.unsynced > 0 ? 'saving' : 'saved';
}
