import type { ClientEventName } from '@tripart/contracts';
import type { DossierAction } from '../access/dossier-policy';

/**
 * The action each live-room event asks of the policy, in the dossier of the
 * session it names: the one table `LiveRoom` reads (handlers name their
 * event, never an action), and what the access snapshot records.
 */
export const LIVE_ROOM_RULES = {
  'session:join': 'session.join',
  'session:leave': 'session.join',
  'hand:raise': 'session.speak',
  'hand:lower': 'session.join',
  'caucus:say': 'session.speak',
  'stance:declare': 'session.declare',
  'session:start': 'session.run',
  'session:adjourn': 'session.run',
  'session:close': 'session.run',
  'round:open': 'session.run',
  'round:close': 'session.run',
  'floor:give': 'session.run',
  'floor:take': 'session.run',
  'queue:reorder': 'session.run',
  'queue:mode': 'session.run',
  'attendance:mark': 'session.run',
  'outcome:record': 'session.run',
  'drafting:set': 'session.run',
  'joint:start': 'session.run',
  'item:reopen': 'item.reopen',
} as const satisfies Partial<Record<ClientEventName, DossierAction>>;

export type LiveRoomEvent = keyof typeof LIVE_ROOM_RULES;
