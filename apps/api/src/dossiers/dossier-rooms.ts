/** Socket.IO rooms of a dossier. The names say who is inside: everyone, or one delegation. */
export const plenaryRoom = (dossierId: string) => `dossier:${dossierId}:plenary`;
export const delegationRoom = (dossierId: string, delegationId: string) => `dossier:${dossierId}:delegation:${delegationId}`;
/** Session rooms live under their dossier's prefix too, so that leaving the dossier leaves them. */
export const sessionRoom = (dossierId: string, sessionId: string) => `dossier:${dossierId}:session:${sessionId}`;
export const caucusRoom = (dossierId: string, sessionId: string, delegationId: string) => `${sessionRoom(dossierId, sessionId)}:delegation:${delegationId}`;
