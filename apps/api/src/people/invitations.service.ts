import { createHash, randomBytes } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { IsNull, MoreThan, type DataSource, type EntityManager, type Repository } from 'typeorm';
import type { PlatformRole } from '@tripart/contracts';
import type { Actor } from '../access/actor';
import { badInput, conflict, notFound } from '../common/errors';
import { APP_CONFIG, type AppConfig } from '../config/app-config';
import { PasswordPolicy } from '../auth/password-policy';
import { PasswordService } from '../auth/password.service';
import { TokenService, type IssuedTokens } from '../auth/token.service';
import type { AcceptInvitationInput, InviteUserInput } from './dto/user.inputs';
import { Invitation } from './invitation.entity';
import { Membership } from './membership.entity';
import { Organization } from './organization.entity';
import { User } from './user.entity';

const sha256 = (value: string) => createHash('sha256').update(value).digest('hex');

export interface IssuedInvitation {
  invitation: Invitation;
  token: string;
  url: string;
}

/** Who an invitation is for; no organization for the first administrator. */
export interface InvitationFor {
  email: string;
  displayName: string;
  role: PlatformRole;
  organizationId: string | null;
  createdById: string | null;
}

/** Single-use invitation links, valid for a week; the admin sends them. */
@Injectable()
export class InvitationsService {
  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly passwords: PasswordService,
    private readonly tokens: TokenService,
    private readonly passwordPolicy: PasswordPolicy,
  ) {}

  private get invitations(): Repository<Invitation> {
    return this.dataSource.getRepository(Invitation);
  }

  async invite(actor: Actor, input: InviteUserInput): Promise<IssuedInvitation> {
    return this.dataSource.transaction(async (manager) => {
      if (!(await manager.getRepository(Organization).exist({ where: { id: input.organizationId } }))) {
        throw notFound('The organization');
      }
      if (await manager.getRepository(User).exist({ where: { email: input.email } })) {
        throw conflict('A person with this email already has an account.', 'EMAIL_TAKEN');
      }
      const { email, displayName, organizationId } = input;
      return this.issue(manager, { email, displayName, organizationId, role: input.role ?? 'MEMBER', createdById: actor.userId });
    });
  }

  /** A new single-use link, in the caller's transaction; it replaces any earlier one still pending for the same address. */
  async issue(manager: EntityManager, spec: InvitationFor): Promise<IssuedInvitation> {
    await manager.getRepository(Invitation).update(
      { email: spec.email, acceptedAt: IsNull(), expiresAt: MoreThan(new Date()) },
      { expiresAt: new Date() },
    );
    const token = randomBytes(32).toString('base64url');
    const invitation = await manager.getRepository(Invitation).save({
      ...spec,
      tokenHash: sha256(token),
      expiresAt: new Date(Date.now() + this.config.invitationTtlDays * 86_400_000),
      acceptedAt: null,
    });
    return { invitation, token, url: `${this.config.publicUrl}/invitation#${token}` };
  }

  pending(): Promise<Invitation[]> {
    return this.invitations.find({
      where: { acceptedAt: IsNull(), expiresAt: MoreThan(new Date()) },
      order: { createdAt: 'DESC' },
    });
  }

  /** The invitation behind a token, if it can still be accepted. */
  async usable(token: string): Promise<Invitation> {
    const invitation = await this.invitations.findOne({
      where: { tokenHash: sha256(String(token)) },
      relations: { organization: true },
    });
    if (!invitation) throw notFound('This invitation');
    if (invitation.acceptedAt) throw badInput('This invitation has already been used. Sign in instead.', undefined, 'INVITATION_USED');
    if (invitation.expiresAt <= new Date()) throw badInput('This invitation has expired. Ask for a new one.', undefined, 'INVITATION_EXPIRED');
    return invitation;
  }

  async accept(input: AcceptInvitationInput): Promise<IssuedTokens> {
    const invitation = await this.usable(input.token);
    await this.passwordPolicy.require(input.password, [invitation.email, invitation.displayName, invitation.organization?.name ?? '']);
    const passwordHash = await this.passwords.hash(input.password);
    const user = await this.dataSource.transaction(async (manager) => {
      const claimed = await manager
        .getRepository(Invitation)
        .createQueryBuilder()
        .update()
        .set({ acceptedAt: () => 'now()' })
        .where({ id: invitation.id, acceptedAt: IsNull() })
        .andWhere('"expires_at" > now()')
        .execute();
      if (!claimed.affected) throw badInput('This invitation has already been used. Sign in instead.', undefined, 'INVITATION_USED');
      const users = manager.getRepository(User);
      if (await users.exist({ where: { email: invitation.email } })) {
        throw conflict('A person with this email already has an account.', 'EMAIL_TAKEN');
      }
      const created = await users.save(
        users.create({
          email: invitation.email,
          displayName: invitation.displayName,
          role: invitation.role,
          locale: input.locale ?? 'en',
          passwordHash,
        }),
      );
      if (invitation.organizationId) await manager.getRepository(Membership).save({ userId: created.id, organizationId: invitation.organizationId });
      return created;
    });
    return this.tokens.issue(user);
  }
}
