import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import type { Repository } from 'typeorm';
import { isLocale, type OrganizationKind } from '@tripart/contracts';
import type { Actor } from '../access/actor';
import { preparedQuery } from '../database/prepared-query';
import { User } from '../people/user.entity';

/**
 * Turns a token's subject into an actor, refusing disabled or deleted users
 * at once — and, given the token's sign-in, an ended sign-in (signed out, or
 * its refresh token replayed), in the same statement: no extra round trip.
 */
@Injectable()
export class ActorLoader {
  constructor(@InjectRepository(User) private readonly users: Repository<User>) {}

  async load(userId: string, sessionId?: string): Promise<Actor | null> {
    // Every authenticated request runs it: a prepared statement, planned once per connection.
    const rows = await preparedQuery<{ email: string; role: Actor['role']; locale: string; disabled: boolean; kind: OrganizationKind | null; signedIn: boolean }>(
      this.users.manager.connection,
      `SELECT u.email, u.role, u.locale, u.disabled, o.kind,
              ($2::uuid IS NULL OR EXISTS (SELECT 1 FROM refresh_token r
                 WHERE r.family_id = $2::uuid AND r.user_id = u.id AND r.revoked_at IS NULL AND r.expires_at > now())) AS "signedIn"
         FROM app_user u
         LEFT JOIN membership m ON m.user_id = u.id
         LEFT JOIN organization o ON o.id = m.organization_id
        WHERE u.id = $1`,
      [userId, sessionId ?? null],
    );
    const user = rows[0];
    if (!user || user.disabled || !user.signedIn) return null;
    return {
      userId,
      email: user.email,
      role: user.role,
      locale: isLocale(user.locale) ? user.locale : 'en',
      organizationKinds: rows.flatMap((row) => (row.kind ? [row.kind] : [])),
    };
  }
}
