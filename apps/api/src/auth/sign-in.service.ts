import { Inject, Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import type { Repository } from 'typeorm';
import { LIMITS } from '@tripart/contracts';
import { rateLimited, unauthenticated } from '../common/errors';
import { APP_CONFIG, type AppConfig } from '../config/app-config';
import { User } from '../people/user.entity';
import { PasswordService } from './password.service';
import { SignInThrottle } from './sign-in-throttle.entity';

export const WRONG_CREDENTIALS = 'Email or password is incorrect.';

/**
 * Checks an email and password. Failures are counted per email address,
 * existing or not; past the limit the address is locked for a while. The
 * answer is the same whether or not the address has an account.
 */
@Injectable()
export class SignInService {
  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    @InjectRepository(User) private readonly users: Repository<User>,
    @InjectRepository(SignInThrottle) private readonly throttles: Repository<SignInThrottle>,
    private readonly passwords: PasswordService,
  ) {}

  async checkCredentials(rawEmail: unknown, password: unknown): Promise<User> {
    if (typeof rawEmail !== 'string' || typeof password !== 'string') throw unauthenticated(WRONG_CREDENTIALS);
    const email = rawEmail.trim().toLowerCase().slice(0, LIMITS.emailMax);
    const throttle = await this.throttles.findOne({ where: { email } });
    if (throttle?.lockedUntil && throttle.lockedUntil > new Date()) throw this.locked(throttle.lockedUntil);

    const user = await this.users.findOne({ where: { email } });
    const passwordOk =
      password.length <= LIMITS.passwordMax && (await this.passwords.verify(user?.passwordHash, password));
    if (!user || !passwordOk) {
      const lockedUntil = await this.recordFailure(email);
      if (lockedUntil) throw this.locked(lockedUntil);
      throw unauthenticated(WRONG_CREDENTIALS);
    }
    if (user.disabled) throw unauthenticated('This account has been disabled. Contact your administrator.');
    if (throttle) await this.throttles.delete({ email });
    return user;
  }

  private locked(until: Date) {
    const minutes = Math.max(1, Math.ceil((until.getTime() - Date.now()) / 60_000));
    return rateLimited(`Too many failed sign-ins. Try again in ${minutes} minute${minutes === 1 ? '' : 's'}.`);
  }

  /** Counts one failure atomically; returns the lock's end when this failure triggers one. */
  private async recordFailure(email: string): Promise<Date | null> {
    const rows: Array<{ failures: number }> = await this.throttles.query(
      `INSERT INTO "sign_in_throttle" ("email", "failures", "last_failure_at") VALUES ($1, 1, now())
       ON CONFLICT ("email") DO UPDATE SET "failures" = "sign_in_throttle"."failures" + 1, "last_failure_at" = now()
       RETURNING "failures"`,
      [email],
    );
    if (rows[0].failures < this.config.maxFailedSignIns) return null;
    const lockedUntil = new Date(Date.now() + this.config.lockoutMinutes * 60_000);
    await this.throttles.update({ email }, { failures: 0, lockedUntil });
    return lockedUntil;
  }
}
