import type { Actor } from './actor';

/**
 * Who may do what, as data. Every resolver, socket event and (later) Yjs
 * document asks this one table; a new action is added here first.
 */
const isAdmin = (actor: Actor) => actor.role === 'ADMIN';
const anyone = () => true;
/** ILO staff chair consultations; administrators may set them up too. */
const mayFacilitate = (actor: Actor) => isAdmin(actor) || actor.organizationKinds.includes('ILO');

export const POLICY = {
  'profile.read': anyone,
  'profile.update': anyone,
  'reference.read': anyone,
  'organization.list': anyone,
  'organization.create': isAdmin,
  'organization.update': isAdmin,
  'user.list': isAdmin,
  'user.invite': isAdmin,
  'user.disable': isAdmin,
  'invitation.list': isAdmin,
  'realtime.connect': anyone,
  'dossier.create': mayFacilitate,
  /** A country's ratification register is public by nature (NORMLEX publishes it). */
  'ratification.read': anyone,
  /** Administrators and facilitators keep it (C144 consultations on ratifying start from it). */
  'ratification.edit': mayFacilitate,
  /** The reporting cycle's settings (cycle lengths, country groups, dates). */
  'reporting.configure': isAdmin,
  /** Verifying every audit chain (the administrator's audit page). */
  'audit.verify': isAdmin,
} satisfies Record<string, (actor: Actor) => boolean>;

export type Action = keyof typeof POLICY;

export function can(actor: Actor, action: Action): boolean {
  return POLICY[action](actor);
}

/** A person's e-mail address, by need: to themselves, to administrators, to the facilitators of a dossier they take part in. */
export const mayReadEmail = (actor: Actor, ownerId: string, facilitatesOwner: boolean): boolean =>
  actor.userId === ownerId || isAdmin(actor) || facilitatesOwner;
