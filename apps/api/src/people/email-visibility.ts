import type { Actor } from '../access/actor';
import { mayReadEmail } from '../access/policy';
import type { User } from './user.entity';

/** Accounts handed to their own holder by a public operation (sign-in, invitation): no actor yet, but it is theirs. */
const ownAccounts = new WeakSet<User>();

export function asOwnAccount(user: User): User {
  ownAccounts.add(user);
  return user;
}

/**
 * Personal data by need: a person's e-mail address goes to themselves, to
 * administrators, and to the facilitators of a dossier they take part in
 * (who seat and reach them) — not to ILO staff at large, nor to the other
 * participants. `facilitatedBy` says whom a person facilitates (the
 * dossiers feature knows; it reads them once per request).
 */
export async function visibleEmail(user: User, actor: Actor | undefined, facilitatedBy: (userId: string) => Promise<ReadonlySet<string>>): Promise<string | null> {
  if (ownAccounts.has(user)) return user.email;
  if (!actor) return null;
  if (mayReadEmail(actor, user.id, false)) return user.email;
  const facilitated = await facilitatedBy(actor.userId);
  return mayReadEmail(actor, user.id, facilitated.has(user.id)) ? user.email : null;
}
