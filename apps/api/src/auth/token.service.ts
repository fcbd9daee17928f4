import { createHash, randomBytes, randomUUID, timingSafeEqual } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import { JwtService } from '@nestjs/jwt';
import { InjectDataSource } from '@nestjs/typeorm';
import { IsNull, type DataSource } from 'typeorm';
import { unauthenticated } from '../common/errors';
import { APP_CONFIG, type AppConfig } from '../config/app-config';
import { User } from '../people/user.entity';
import { asOwnAccount } from '../people/email-visibility';
import type { AccessTokenPayload } from './access-token';
import { RefreshToken } from './refresh-token.entity';
import { isUuid } from '../common/ids';

export interface IssuedTokens {
  accessToken: string;
  accessTokenExpiresAt: Date;
  refreshToken: string;
  user: User;
}

const sha256 = (value: string) => createHash('sha256').update(value).digest('hex');
const SESSION_ENDED = 'Your session has ended. Sign in again.';

/**
 * Short-lived access tokens (JWT) and rotating refresh tokens, stored as
 * hashes. A refresh token is `<id>.<secret>`.
 */
@Injectable()
export class TokenService {
  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly jwt: JwtService,
  ) {}

  /** Starts a new sign-in family. */
  issue(user: User): Promise<IssuedTokens> {
    return this.dataSource.transaction(async (manager) => {
      const familyId = randomUUID();
      const { token } = await this.createRefreshToken(manager.getRepository(RefreshToken), user.id, familyId);
      return this.withAccessToken(user, token, familyId);
    });
  }

  /** Exchanges a refresh token for a new pair; a replayed (already rotated) token ends its whole family. */
  async rotate(presented: string): Promise<IssuedTokens> {
    const found = await this.find(presented);
    if (!found) throw unauthenticated(SESSION_ENDED);
    const result = await this.dataSource.transaction(async (manager) => {
      const tokens = manager.getRepository(RefreshToken);
      const claimed = await tokens
        .createQueryBuilder()
        .update()
        .set({ revokedAt: () => 'now()' })
        .where({ id: found.id, revokedAt: IsNull() })
        .andWhere('"expires_at" > now()')
        .execute();
      if (!claimed.affected) return null;
      const user = await manager.getRepository(User).findOne({ where: { id: found.userId } });
      if (!user || user.disabled) return null;
      const next = await this.createRefreshToken(tokens, user.id, found.familyId);
      await tokens.update({ id: found.id }, { replacedById: next.id });
      return this.withAccessToken(user, next.token, found.familyId);
    });
    if (result) return result;
    if (found.revokedAt || found.replacedById) await this.revokeFamily(found.familyId);
    throw unauthenticated(SESSION_ENDED);
  }

  /**
   * Signs out: the token's family can no longer be refreshed, and its access
   * tokens stop working (they name the family). Returns the ended sign-in;
   * unknown tokens are ignored.
   */
  async revoke(presented: string): Promise<string | null> {
    const found = await this.find(presented);
    if (!found) return null;
    await this.revokeFamily(found.familyId);
    return found.familyId;
  }

  /** Ends every sign-in of a user (on disabling). */
  async revokeAllOf(userId: string): Promise<void> {
    await this.dataSource
      .getRepository(RefreshToken)
      .update({ userId, revokedAt: IsNull() }, { revokedAt: new Date() });
  }

  private async revokeFamily(familyId: string): Promise<void> {
    await this.dataSource
      .getRepository(RefreshToken)
      .update({ familyId, revokedAt: IsNull() }, { revokedAt: new Date() });
  }

  private async find(presented: string): Promise<RefreshToken | null> {
    const [id, secret] = typeof presented === 'string' ? presented.split('.') : [];
    if (!id || !secret || !isUuid(id) || secret.length > 128) return null;
    const row = await this.dataSource.getRepository(RefreshToken).findOne({ where: { id } });
    if (!row) return null;
    const expected = Buffer.from(row.tokenHash, 'hex');
    const actual = Buffer.from(sha256(secret), 'hex');
    return expected.length === actual.length && timingSafeEqual(expected, actual) ? row : null;
  }

  private async createRefreshToken(
    tokens: { save: (token: Partial<RefreshToken>) => Promise<RefreshToken> },
    userId: string,
    familyId: string,
  ): Promise<{ id: string; token: string }> {
    const secret = randomBytes(32).toString('base64url');
    const expiresAt = new Date(Date.now() + this.config.refreshTokenTtlDays * 86_400_000);
    const row = await tokens.save({ userId, familyId, tokenHash: sha256(secret), expiresAt, revokedAt: null });
    return { id: row.id, token: `${row.id}.${secret}` };
  }

  private async withAccessToken(user: User, refreshToken: string, familyId: string): Promise<IssuedTokens> {
    const payload: AccessTokenPayload = { sub: user.id, typ: 'access', sid: familyId };
    const accessToken = await this.jwt.signAsync(payload, { expiresIn: this.config.accessTokenTtlSeconds });
    const accessTokenExpiresAt = new Date(Date.now() + this.config.accessTokenTtlSeconds * 1000);
    return { accessToken, accessTokenExpiresAt, refreshToken, user: asOwnAccount(user) };
  }
}
