import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { isEmail } from 'class-validator';
import { IsNull, MoreThan, type DataSource, type EntityManager } from 'typeorm';
import { LIMITS } from '@tripart/contracts';
import { Invitation } from './invitation.entity';
import { InvitationsService } from './invitations.service';
import { User } from './user.entity';

/** An arbitrary constant (the migrations queue on 7_144_001): instances starting at once take turns. */
const FIRST_ADMINISTRATOR_LOCK = 7_144_002;

export type FirstAdministratorOutcome =
  | { kind: 'invited'; email: string; url: string; expiresAt: Date }
  | { kind: 'pending'; email: string; expiresAt: Date }
  | { kind: 'present' }
  | { kind: 'taken'; email: string; administrator: boolean };

/**
 * The way into a platform that has nobody yet: a single-use invitation to
 * become administrator, as any invitation (the person opens the link and sets
 * a password). No account exists until then, so there is no account without a
 * password for any sign-in path to refuse.
 */
@Injectable()
export class FirstAdministrator {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly invitations: InvitationsService,
  ) {}

  /**
   * At start (`ADMIN_EMAIL`): invites this person as administrator while the
   * database has none — once: a restart, or another instance starting at the
   * same moment, finds the invitation pending; after it expires, the next start
   * issues a new one.
   */
  ensure(email: string, displayName: string): Promise<FirstAdministratorOutcome> {
    return this.locked(email, async (manager) => {
      if (await manager.getRepository(User).exist({ where: { role: 'ADMIN' } })) return { kind: 'present' };
      const pending = await manager.getRepository(Invitation).findOne({
        where: { email, role: 'ADMIN', acceptedAt: IsNull(), expiresAt: MoreThan(new Date()) },
        order: { createdAt: 'DESC' },
      });
      if (pending) return { kind: 'pending', email, expiresAt: pending.expiresAt };
      // ADMIN_EMAIL changed since an earlier start: the link printed for the former address stops working.
      await manager.getRepository(Invitation).update(
        { role: 'ADMIN', createdById: IsNull(), acceptedAt: IsNull(), expiresAt: MoreThan(new Date()) },
        { expiresAt: new Date() },
      );
      return this.invite(manager, email, displayName);
    });
  }

  /** `create-admin`: a new link for this person (an earlier one stops working), unless they already have an account. */
  create(email: string, displayName: string): Promise<FirstAdministratorOutcome> {
    return this.locked(email, (manager) => this.invite(manager, email, displayName));
  }

  private async invite(manager: EntityManager, email: string, displayName: string): Promise<FirstAdministratorOutcome> {
    const user = await manager.getRepository(User).findOne({ where: { email } });
    if (user) return { kind: 'taken', email, administrator: user.role === 'ADMIN' };
    const issued = await this.invitations.issue(manager, { email, displayName, role: 'ADMIN', organizationId: null, createdById: null });
    return { kind: 'invited', email, url: issued.url, expiresAt: issued.invitation.expiresAt };
  }

  private async locked(email: string, work: (manager: EntityManager) => Promise<FirstAdministratorOutcome>): Promise<FirstAdministratorOutcome> {
    if (email.length > LIMITS.emailMax || !isEmail(email)) throw new Error(`"${email}" is not an email address (ADMIN_EMAIL, create-admin).`);
    return this.dataSource.transaction(async (manager) => {
      await manager.query('SELECT pg_advisory_xact_lock($1)', [FIRST_ADMINISTRATOR_LOCK]);
      return work(manager);
    });
  }
}
