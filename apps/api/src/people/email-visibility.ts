import type { DataSource } from 'typeorm';
import type { Actor } from '../access/actor';
import { mayReadEmail } from '../access/policy';
import { requestLoader } from '../common/request-loaders';
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
 * participants. The facilitated people are read once per request.
 */
export async function visibleEmail(dataSource: DataSource, request: object, user: User, actor: Actor | undefined): Promise<string | null> {
  if (ownAccounts.has(user)) return user.email;
  if (!actor) return null;
  if (mayReadEmail(actor, user.id, false)) return user.email;
  const facilitated = await requestLoader(request, 'peopleIFacilitate', async (actorIds: readonly string[]) => {
    const rows: Array<{ user_id: string }> = await dataSource.query(
      `SELECT DISTINCT other.user_id FROM participant mine JOIN participant other ON other.dossier_id = mine.dossier_id
        WHERE mine.user_id = $1 AND mine.role = 'FACILITATOR'`,
      [actorIds[0]],
    );
    return [new Set(rows.map((row) => row.user_id))];
  }, { batch: false }).load(actor.userId);
  return mayReadEmail(actor, user.id, facilitated.has(user.id)) ? user.email : null;
}
