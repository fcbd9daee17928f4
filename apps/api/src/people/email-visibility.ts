import type { Actor } from '../access/actor';
import { canSeeEmails } from '../access/policy';
import type { User } from './user.entity';

/** Accounts handed to their own holder by a public operation (sign-in, invitation): no actor yet, but it is theirs. */
const ownAccounts = new WeakSet<User>();

export function asOwnAccount(user: User): User {
  ownAccounts.add(user);
  return user;
}

/** Personal data by need: a person's e-mail address, to themselves and to those who set consultations up. */
export function visibleEmail(user: User, actor: Actor | undefined): string | null {
  if (ownAccounts.has(user)) return user.email;
  if (!actor) return null;
  return actor.userId === user.id || canSeeEmails(actor) ? user.email : null;
}
