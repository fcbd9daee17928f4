/** Socket.IO rooms of a dossier. The names say who is inside: everyone, or one delegation. */
export const plenaryRoom = (dossierId: string) => `dossier:${dossierId}:plenary`;
export const delegationRoom = (dossierId: string, delegationId: string) => `dossier:${dossierId}:delegation:${delegationId}`;
