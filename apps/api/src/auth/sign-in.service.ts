import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource, Repository } from 'typeorm';
import { LIMITS } from '@tripart/contracts';
import { unauthenticated } from '../common/errors';
import { User } from '../people/user.entity';
import { PasswordService } from './password.service';
import { SignInLimiter } from './sign-in-limiter';

export const WRONG_CREDENTIALS = 'Email or password is incorrect.';

/**
 * Checks an email and password from a client address. Failures are counted
 * per account and address, per address and per account (SignInLimiter),
 * whether or not an account has that email; the answer is the same whether
 * or not it has one.
 */
@Injectable()
export class SignInService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly passwords: PasswordService,
    private readonly limiter: SignInLimiter,
  ) {}

  private get users(): Repository<User> {
    return this.dataSource.getRepository(User);
  }

  async checkCredentials(rawEmail: unknown, password: unknown, clientAddress: string): Promise<User> {
    if (typeof rawEmail !== 'string' || typeof password !== 'string') throw unauthenticated(WRONG_CREDENTIALS);
    const email = rawEmail.trim().toLowerCase().slice(0, LIMITS.emailMax);
    const attempt = await this.limiter.begin(email, clientAddress);
    let user: User | null;
    let passwordOk: boolean;
    try {
      user = await this.users.findOne({ where: { email } });
      passwordOk = password.length <= LIMITS.passwordMax && (await this.passwords.verify(user?.passwordHash, password));
    } catch (error) {
      // Not a guess that failed (the database away, say): it does not count against anyone.
      await attempt.abandoned().catch(() => undefined);
      throw error;
    }
    if (!user || !passwordOk) throw unauthenticated(WRONG_CREDENTIALS);
    await attempt.succeeded();
    if (user.disabled) throw unauthenticated('This account has been disabled. Contact your administrator.');
    return user;
  }
}
