import type { Actor } from './actor';

/** What the policy needs to know about a person's place in one dossier. */
export interface DossierStanding {
  actor: Actor;
  role: 'DELEGATE' | 'FACILITATOR' | 'OBSERVER' | null;
  delegationId: string | null;
  isLead: boolean;
  observersMayComment: boolean;
}

const isAdmin = (s: DossierStanding) => s.actor.role === 'ADMIN';
const isFacilitator = (s: DossierStanding) => s.role === 'FACILITATOR';
const isDelegate = (s: DossierStanding) => s.role === 'DELEGATE' && s.delegationId !== null;
const isParticipant = (s: DossierStanding) => s.role !== null;

/**
 * Who may do what within a dossier, as data. Administrators may set a
 * dossier up and read its plenary, never a delegation's private work.
 */
export const DOSSIER_POLICY = {
  'dossier.read': (s: DossierStanding) => isAdmin(s) || isParticipant(s),
  'dossier.manage': (s: DossierStanding) => isAdmin(s) || isFacilitator(s),
  'comment.plenary.write': (s: DossierStanding) =>
    isDelegate(s) || isFacilitator(s) || (s.role === 'OBSERVER' && s.observersMayComment),
  'comment.delegation.write': isDelegate,
  'comment.export': (s: DossierStanding) => isAdmin(s) || isParticipant(s),
  'session.schedule': isFacilitator,
  'session.join': isParticipant,
  'session.run': isFacilitator,
  'session.speak': isDelegate,
  'session.declare': (s: DossierStanding) => isDelegate(s) && s.isLead,
  'position.submit': (s: DossierStanding) => isDelegate(s) && s.isLead,
} satisfies Record<string, (standing: DossierStanding) => boolean>;

export type DossierAction = keyof typeof DOSSIER_POLICY;

export function canInDossier(standing: DossierStanding, action: DossierAction): boolean {
  return DOSSIER_POLICY[action](standing);
}

/** Whether a comment of this visibility and delegation reaches this person: the privacy invariant, in one place. */
export function canSeeComment(
  standing: DossierStanding,
  comment: { visibility: 'DELEGATION' | 'PLENARY'; delegationId: string | null },
): boolean {
  if (comment.visibility === 'PLENARY') return canInDossier(standing, 'dossier.read');
  return isDelegate(standing) && comment.delegationId === standing.delegationId;
}
