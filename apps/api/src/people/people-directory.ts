import { In, type EntityManager } from 'typeorm';
import type { PersonView } from '@tripart/contracts';
import type { Actor } from '../access/actor';
import { User } from './user.entity';

/**
 * What the other features read of people: names to show, the organization
 * an author writes for, whether an account may still act. They ask these,
 * never the people feature's tables; each runs on the manager given (the
 * caller's transaction, or the data source's own manager).
 */

/** One person's name (a change names the person it concerns). */
export async function personOf(manager: EntityManager, userId: string): Promise<PersonView> {
  const [person] = await namesOf(manager, [userId]).then((names) => [...names.values()]);
  if (!person) throw new Error(`No account ${userId}.`);
  return person;
}

/** Names by id, in one statement (ids without an account are left out). */
export async function namesOf(manager: EntityManager, ids: Iterable<string>): Promise<Map<string, PersonView>> {
  const unique = [...new Set(ids)];
  if (!unique.length) return new Map();
  const rows: Array<{ id: string; display_name: string }> = await manager.query('SELECT id, display_name FROM app_user WHERE id = ANY($1)', [unique]);
  return new Map(rows.map((row) => [row.id, { id: row.id, displayName: row.display_name }]));
}

/** Authors by id: the name, and the organization the person first joined (what a comment is signed with). */
export async function authorsOf(manager: EntityManager, ids: readonly string[]): Promise<Map<string, { id: string; displayName: string; organization: string | null }>> {
  if (!ids.length) return new Map();
  const rows: Array<{ id: string; display_name: string; organization: string | null }> = await manager.query(
    `SELECT u.id, u.display_name,
            (SELECT o.name FROM membership m JOIN organization o ON o.id = m.organization_id
              WHERE m.user_id = u.id ORDER BY m.created_at LIMIT 1) AS organization
       FROM app_user u WHERE u.id = ANY($1)`,
    [ids],
  );
  return new Map(rows.map((row) => [row.id, { id: row.id, displayName: row.display_name, organization: row.organization }]));
}

/** Accounts by id, in the order asked (what a participant's `user` field shows). */
export async function usersOf(manager: EntityManager, ids: readonly string[]): Promise<Array<User | undefined>> {
  const users = await manager.getRepository(User).find({ where: { id: In([...ids]) } });
  const byId = new Map(users.map((user) => [user.id, user]));
  return ids.map((id) => byId.get(id));
}

/**
 * Enabled accounts that could take a seat, by name, at most `limit`: members of an organization of
 * the side in the country when a side is given, and not among `excluding` (those seated already).
 */
export function seatCandidates(
  manager: EntityManager,
  options: { constituency: string | null; countryCode: string; excluding: readonly string[]; limit: number },
): Promise<User[]> {
  const query = manager.getRepository(User).createQueryBuilder('u').where('u.disabled = false').orderBy('u.display_name', 'ASC').take(options.limit);
  if (options.excluding.length) query.andWhere('u.id <> ALL(:excluding)', { excluding: [...options.excluding] });
  if (options.constituency) {
    query.andWhere(
      `EXISTS (SELECT 1 FROM membership m JOIN organization o ON o.id = m.organization_id
                WHERE m.user_id = u.id AND o.kind = :constituency AND o.country_code = :country)`,
      { constituency: options.constituency, country: options.countryCode },
    );
  }
  return query.getMany();
}

/** Whether a person belongs to an organization of a side (its kind) in a country. */
export async function belongsToSide(manager: EntityManager, userId: string, constituency: string, countryCode: string): Promise<boolean> {
  const [row] = await manager.query(
    `SELECT 1 FROM membership m JOIN organization o ON o.id = m.organization_id
      WHERE m.user_id = $1 AND o.kind = $2 AND o.country_code = $3 LIMIT 1`,
    [userId, constituency, countryCode],
  );
  return Boolean(row);
}

/** An account's platform role and whether it is disabled; null when there is none. */
export async function accountOf(manager: EntityManager, userId: string): Promise<{ role: Actor['role']; disabled: boolean } | null> {
  const [row] = await manager.query('SELECT role, disabled FROM app_user WHERE id = $1', [userId]);
  return row ?? null;
}
