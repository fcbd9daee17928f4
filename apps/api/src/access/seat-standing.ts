import type { Actor } from './actor';
import type { DossierStanding } from './dossier-policy';

/**
 * The standing of another participant, from their seat alone, for rules
 * about who a thing reaches (who will read a comment, who may be named in
 * it): their platform role does not enter these.
 */
export function standingOfSeat(seat: { userId: string; role: DossierStanding['role']; delegationId: string | null; isLead: boolean }): DossierStanding {
  const actor: Actor = { userId: seat.userId, email: '', role: 'MEMBER', locale: 'en', organizationKinds: [] };
  return { actor, role: seat.role, delegationId: seat.delegationId, isLead: seat.isLead, observersMayComment: false };
}
