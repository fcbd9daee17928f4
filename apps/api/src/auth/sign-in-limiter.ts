import { createHash } from 'node:crypto';
import { Inject, Injectable, type OnApplicationShutdown } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import IORedis from 'ioredis';
import { RateLimiterPostgres, RateLimiterRedis, type RateLimiterAbstract } from 'rate-limiter-flexible';
import type { DataSource } from 'typeorm';
import { rateLimited } from '../common/errors';
import { RedisStatus } from '../health/redis-status';
import { APP_CONFIG, type AppConfig } from '../config/app-config';
import { BackoffScope, type LimiterFactory } from './backoff-scope';
import { MemoryInsurance } from './memory-insurance';

const DAY = 86_400;
/** A right password from an address makes it the account's own for this long: the account-wide slowdown skips it. */
const KNOWN_ADDRESS_SECONDS = 90 * DAY;
const hashed = (...parts: string[]) => createHash('sha256').update(parts.join('\n')).digest('hex');

/** One sign-in attempt let through: say how it ended. */
export interface SignInAttempt {
  succeeded(): Promise<void>;
  /** The check could not be made (an outage): what this attempt counted is given back. */
  abandoned(): Promise<void>;
}

/**
 * Failed sign-ins, counted in three scopes at once and shared by every
 * instance (Redis with REDIS_URL, else the database's `sign_in_limit`):
 * - the account from one address: MAX_FAILED_SIGN_INS failures, then locked
 *   for LOCKOUT_MINUTES, doubling with each further failure (up to a day);
 * - one address, whatever the accounts: SIGN_IN_FAILURES_PER_ADDRESS, then
 *   2 s, doubling up to LOCKOUT_MINUTES;
 * - one account, whatever the addresses: SIGN_IN_FAILURES_PER_ACCOUNT, then a
 *   slowdown of 1 s doubling up to a minute — never a lock, and never for an
 *   address the account has signed in from before.
 * So failures from one address never lock the person out from their own.
 * Keys are hashes: neither emails nor addresses are stored.
 */
@Injectable()
export class SignInLimiter implements OnApplicationShutdown {
  private readonly redis?: IORedis;
  private readonly pair: BackoffScope;
  private readonly address: BackoffScope;
  private readonly account: BackoffScope;
  private readonly known: RateLimiterAbstract;

  constructor(
    @Inject(APP_CONFIG) config: AppConfig,
    @InjectDataSource() dataSource: DataSource,
    redisStatus: RedisStatus,
  ) {
    if (config.redisUrl) {
      this.redis = new IORedis(config.redisUrl, { enableOfflineQueue: false, maxRetriesPerRequest: 1 });
      redisStatus.watch(this.redis, 'sign-in limits');
    }
    const limiter = this.factory(config, dataSource);
    const lockout = config.lockoutMinutes * 60;
    this.pair = new BackoffScope('pair', { free: config.maxFailedSignIns, baseSeconds: lockout, capSeconds: Math.max(lockout, DAY), windowSeconds: DAY }, limiter);
    this.address = new BackoffScope('address', { free: config.signInFailuresPerAddress, baseSeconds: 2, capSeconds: Math.max(2, lockout), windowSeconds: DAY }, limiter);
    this.account = new BackoffScope('account', { free: config.signInFailuresPerAccount, baseSeconds: 1, capSeconds: 60, windowSeconds: DAY }, limiter);
    this.known = limiter('known-address', 1, KNOWN_ADDRESS_SECONDS);
  }

  /** Lets an attempt through, or refuses it with RATE_LIMITED and the wait (`retryAfterSeconds`). */
  async begin(email: string, ip: string): Promise<SignInAttempt> {
    const keys = { pair: hashed(email, ip), address: hashed(ip), account: hashed(email) };
    const ownAddress = Boolean(await this.known.get(keys.pair));
    // A person signing in to their own account from an address they used before is held back only by
    // their own failures: not by what others at the same address (a venue's Wi-Fi) or elsewhere did.
    const scopes: Array<[BackoffScope, string]> = [[this.pair, keys.pair]];
    if (!ownAddress) scopes.push([this.address, keys.address], [this.account, keys.account]);

    const waits = await Promise.all(scopes.map(([scope, key]) => scope.waitMs(key)));
    if (Math.max(...waits) > 0) throw this.refusal(Math.max(...waits));
    const admitted: Array<[BackoffScope, string, boolean]> = [];
    for (const [scope, key] of scopes) {
      const admission = await scope.admit(key);
      if (!admission.admitted) {
        await Promise.all(admitted.map(([held, heldKey, gated]) => held.giveBack(heldKey, gated)));
        throw this.refusal(admission.waitMs);
      }
      admitted.push([scope, key, admission.gated]);
    }
    const giveBackAll = () => Promise.all(admitted.map(([scope, key, gated]) => scope.giveBack(key, gated))).then(() => undefined);
    return {
      abandoned: giveBackAll,
      succeeded: async () => {
        await Promise.all([
          this.pair.clear(keys.pair),
          ...admitted.filter(([scope]) => scope !== this.pair).map(([scope, key, gated]) => scope.giveBack(key, gated)),
          this.known.set(keys.pair, 1, KNOWN_ADDRESS_SECONDS),
        ]);
      },
    };
  }

  private refusal(waitMs: number) {
    const seconds = Math.max(1, Math.ceil(waitMs / 1000));
    const minutes = Math.ceil(seconds / 60);
    const when = seconds < 60 ? `${seconds} second${seconds === 1 ? '' : 's'}` : `${minutes} minute${minutes === 1 ? '' : 's'}`;
    return rateLimited(`Too many failed sign-ins. Try again in ${when}.`, { retryAfterSeconds: seconds });
  }

  private factory(config: AppConfig, dataSource: DataSource): LimiterFactory {
    return (name, points, duration) => {
      // The store failing (Redis or the database away), counting goes on in this instance's memory.
      const insuranceLimiter = new MemoryInsurance({ keyPrefix: name, points, duration });
      if (this.redis) {
        return new RateLimiterRedis({ storeClient: this.redis, keyPrefix: `${config.redisPrefix}:sign-in:${name}`, points, duration, insuranceLimiter });
      }
      return new RateLimiterPostgres({
        storeClient: dataSource,
        storeType: 'typeorm',
        tableName: 'sign_in_limit',
        tableCreated: true, // by the migration SignInLimits
        keyPrefix: name,
        points,
        duration,
        insuranceLimiter,
      });
    };
  }

  async onApplicationShutdown(): Promise<void> {
    await this.redis?.quit().catch(() => undefined);
  }
}
