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
  /** Withdrawing a recorded outcome, so that its agreed text may change again: the chair's call, audited. */
  'item.reopen': isFacilitator,
  'session.declare': (s: DossierStanding) => isDelegate(s) && s.isLead,
  'position.submit': (s: DossierStanding) => isDelegate(s) && s.isLead,
  /** The dossier's activity log; which of its events a person sees: audit-visibility.ts. */
  'audit.read': (s: DossierStanding) => isAdmin(s) || isParticipant(s),
  /** The government's responses to contributions: its members draft them (refined: of the government delegation)… */
  'response.draft': isDelegate,
  /** …and its leads record them for the side, which makes them plenary. */
  'response.record': (s: DossierStanding) => isDelegate(s) && s.isLead,
  /** Concluding a dossier with a submitted contribution left unanswered, saying why: the chair's call. */
  'dossier.conclude-anyway': isFacilitator,
  /** Minutes are plenary record: everyone seated reads them, administrators too. */
  'minutes.read': (s: DossierStanding) => isAdmin(s) || isParticipant(s),
  /** The C144 evidence pack holds only plenary facts: everyone seated, administrators too. */
  'evidence.read': (s: DossierStanding) => isAdmin(s) || isParticipant(s),
  /** The pack as PDF/A or Word: whoever reads it (its copy leaving the platform is audited, for everyone seated). */
  'evidence.export': (s: DossierStanding) => isAdmin(s) || isParticipant(s),
  /** Generating, editing, sending and adding an addendum: the chair's. */
  'minutes.draft': isFacilitator,
  /** Approving (or asking for changes) for a side is its lead's; the facilitator approves as the chair. */
  'minutes.approve': (s: DossierStanding) => (isDelegate(s) && s.isLead) || isFacilitator(s),
  /** Minutes as PDF, Word or Akoma Ntoso: whoever reads them (plenary record; a copy of unsealed minutes is audited). */
  'minutes.export': (s: DossierStanding) => isAdmin(s) || isParticipant(s),
  /** The newest draft with the texts agreed in sessions (Akoma Ntoso): plenary record, whoever reads the dossier; each copy audited. */
  'agreed-text.export': (s: DossierStanding) => isAdmin(s) || isParticipant(s),
  /** The consensus matrix as PDF/A or Word: built only from submitted and plenary data, whoever reads the dossier; each copy audited. */
  'matrix.export': (s: DossierStanding) => isAdmin(s) || isParticipant(s),
} satisfies Record<string, (standing: DossierStanding) => boolean>;

export type DossierAction = keyof typeof DOSSIER_POLICY;

export function canInDossier(standing: DossierStanding, action: DossierAction): boolean {
  return DOSSIER_POLICY[action](standing);
}

/**
 * How a person may bring someone into a delegation (ILO C144 Art. 3: each
 * side chooses its own representatives): a lead of that delegation seats
 * them; someone who manages the dossier seats only the first member of an
 * empty delegation (its lead, from an organization of that side), and
 * otherwise proposes — the person joins when a lead of the delegation
 * confirms. Nobody else may.
 */
export type DelegationSeating = 'SEAT' | 'SEAT_FIRST_LEAD' | 'PROPOSE';

export function delegationSeating(standing: DossierStanding, delegation: { id: string; hasMembers: boolean }): DelegationSeating | null {
  if (isDelegate(standing) && standing.isLead && standing.delegationId === delegation.id) return 'SEAT';
  if (!canInDossier(standing, 'dossier.manage')) return null;
  return delegation.hasMembers ? 'PROPOSE' : 'SEAT_FIRST_LEAD';
}

/**
 * Who names or unnames a delegation's leads: its own leads. Someone who
 * manages the dossier may only give a delegation left without a lead one
 * from among its members (whom the side chose) — never take a lead away,
 * which would let them hand the side's voice to someone else.
 */
export function mayChangeLead(standing: DossierStanding, delegation: { id: string; hasLead: boolean }, grant: boolean): boolean {
  if (isDelegate(standing) && standing.isLead && standing.delegationId === delegation.id) return true;
  return grant && !delegation.hasLead && canInDossier(standing, 'dossier.manage');
}

/** Confirming or declining a proposed member is the delegation's own leads' call. */
export const canDecideForDelegation = (standing: DossierStanding, delegationId: string): boolean =>
  isDelegate(standing) && standing.isLead && standing.delegationId === delegationId;

/** Responses to contributions are the government delegation's to write; its drafts are its own until recorded. */
export const respondsForGovernment = (standing: DossierStanding, sideOfMyDelegation: string | null): boolean =>
  isDelegate(standing) && sideOfMyDelegation === 'GOVERNMENT';

/** Proposals are shown to the delegation and to those who manage the dossier (who made them). */
export const canSeeDelegationRequests = (standing: DossierStanding, delegationId: string): boolean =>
  (isDelegate(standing) && standing.delegationId === delegationId) || canInDossier(standing, 'dossier.manage');

/** What a co-drafted document is, as far as its access goes. */
export type CollabDocumentScope = { kind: 'position'; delegationId: string } | { kind: 'joint'; draftingUnlocked: boolean; outcomeRecorded: boolean };

/**
 * Who may open a co-drafted document, and write in it: a position paper
 * opens (read and write) to its delegation's members only; a joint text to
 * the session's participants, writable by facilitators always and by
 * delegates while the facilitator has drafting unlocked — by nobody once the
 * item's outcome is recorded (its agreed text is frozen until the facilitator
 * reopens the item). Null: not at all.
 */
export function collabAccess(standing: DossierStanding, document: CollabDocumentScope): { canWrite: boolean } | null {
  if (document.kind === 'position') return isDelegate(standing) && standing.delegationId === document.delegationId ? { canWrite: true } : null;
  if (!canInDossier(standing, 'session.join')) return null;
  if (document.outcomeRecorded) return { canWrite: false };
  return { canWrite: canInDossier(standing, 'session.run') || (canInDossier(standing, 'session.speak') && document.draftingUnlocked) };
}

/**
 * A live room a person may be in (and get back after a reconnect): a
 * dossier's plenary and sessions to whoever may read the dossier, a
 * delegation's private rooms (its channel, its caucus) to its members only.
 */
export function mayBeInRoom(standing: DossierStanding, room: { delegationId: string | null }): boolean {
  if (room.delegationId) return isDelegate(standing) && standing.delegationId === room.delegationId;
  return canInDossier(standing, 'dossier.read');
}

/**
 * For whom a person approves minutes: the facilitator as the chair, a
 * delegation's lead for its side (`side`: the constituency of the person's
 * delegation). Null: nobody's signature is theirs to give.
 */
export function minutesSignatoryOf(standing: DossierStanding, side: 'GOVERNMENT' | 'EMPLOYERS' | 'WORKERS' | null): 'GOVERNMENT' | 'EMPLOYERS' | 'WORKERS' | 'FACILITATOR' | null {
  if (!canInDossier(standing, 'minutes.approve')) return null;
  if (isFacilitator(standing)) return 'FACILITATOR';
  return side;
}
