import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import type { Repository } from 'typeorm';
import { isLocale, type OrganizationKind } from '@tripart/contracts';
import type { Actor } from '../access/actor';
import { User } from '../people/user.entity';

/** Turns a token's subject into an actor, refusing disabled or deleted users at once. */
@Injectable()
export class ActorLoader {
  constructor(@InjectRepository(User) private readonly users: Repository<User>) {}

  async load(userId: string): Promise<Actor | null> {
    const rows: Array<{ email: string; role: Actor['role']; locale: string; disabled: boolean; kind: OrganizationKind | null }> =
      await this.users.query(
        `SELECT u.email, u.role, u.locale, u.disabled, o.kind
           FROM app_user u
           LEFT JOIN membership m ON m.user_id = u.id
           LEFT JOIN organization o ON o.id = m.organization_id
          WHERE u.id = $1`,
        [userId],
      );
    const user = rows[0];
    if (!user || user.disabled) return null;
    return {
      userId,
      email: user.email,
      role: user.role,
      locale: isLocale(user.locale) ? user.locale : 'en',
      organizationKinds: rows.flatMap((row) => (row.kind ? [row.kind] : [])),
    };
  }
}
