/** Socket.IO rooms of a dossier. The names say who is inside: everyone, or one delegation. */
export const plenaryRoom = (dossierId: string) => `dossier:${dossierId}:plenary`;
export const delegationRoom = (dossierId: string, delegationId: string) => `dossier:${dossierId}:delegation:${delegationId}`;
/** Session rooms live under their dossier's prefix too, so that leaving the dossier leaves them. */
export const sessionRoom = (dossierId: string, sessionId: string) => `dossier:${dossierId}:session:${sessionId}`;
export const caucusRoom = (dossierId: string, sessionId: string, delegationId: string) => `${sessionRoom(dossierId, sessionId)}:delegation:${delegationId}`;

const UUID = '[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}';
const DOSSIER_ROOM = new RegExp(`^dossier:(${UUID}):(?:plenary|delegation:(${UUID})|session:${UUID}(?::delegation:(${UUID}))?)$`, 'i');

/** What a room name says: whose dossier, and which delegation if it is private to one. Null: not a dossier room. */
export function parseDossierRoom(room: string): { dossierId: string; delegationId: string | null } | null {
  const match = DOSSIER_ROOM.exec(room);
  return match ? { dossierId: match[1], delegationId: match[2] ?? match[3] ?? null } : null;
}
