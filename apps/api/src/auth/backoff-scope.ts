import type { RateLimiterAbstract } from 'rate-limiter-flexible';

/** How one scope of failed sign-ins (a pair, an address, an account) slows down. */
export interface BackoffRule {
  /** Failures let through before the first wait. */
  free: number;
  /** The first wait; each further failure doubles it… */
  baseSeconds: number;
  /** …up to this. */
  capSeconds: number;
  /** Failures are forgotten this long after the first of them. */
  windowSeconds: number;
}

/** Builds a limiter in the deployment's store (Redis or PostgreSQL); `points` and `duration` as rate-limiter-flexible reads them. */
export type LimiterFactory = (name: string, points: number, durationSeconds: number) => RateLimiterAbstract;

/** A held gate: the attempt may go on, or is refused for so many milliseconds. */
export type Admission = { admitted: true; gated: boolean } | { admitted: false; waitMs: number };

const COUNT_ANY = 1_000_000_000;

/**
 * Exponential backoff for one scope, in two shared counters: `failures`
 * (attempts in the window, a success handing its own back) and `gate`, one
 * point held for the wait that the attempt's number calls for. An attempt is
 * counted before its password is checked, so a burst of parallel guesses
 * gets the free ones and then meets the gate, held by one of them.
 */
export class BackoffScope {
  private readonly failures: RateLimiterAbstract;
  private readonly gate: RateLimiterAbstract;

  constructor(
    readonly name: string,
    private readonly rule: BackoffRule,
    limiter: LimiterFactory,
  ) {
    this.failures = limiter(`${name}-failures`, COUNT_ANY, rule.windowSeconds);
    this.gate = limiter(`${name}-gate`, 1, rule.capSeconds);
  }

  /** Milliseconds left before this key may try again (0: now). */
  async waitMs(key: string): Promise<number> {
    const held = await this.gate.get(key);
    return held && held.remainingPoints === 0 ? held.msBeforeNext : 0;
  }

  /** Counts the attempt; from the `free`-th on, it must take the gate for its wait or give its count back. */
  async admit(key: string): Promise<Admission> {
    const count = (await this.failures.consume(key)).consumedPoints;
    if (count < this.rule.free) return { admitted: true, gated: false };
    const wait = Math.min(this.rule.capSeconds, this.rule.baseSeconds * 2 ** (count - this.rule.free));
    try {
      await this.gate.consume(key, 1, { customDuration: Math.max(1, Math.ceil(wait)) });
      return { admitted: true, gated: true };
    } catch (refusal) {
      await this.failures.reward(key, 1);
      if (refusal instanceof Error) throw refusal; // the store failed (and so did its insurance)
      return { admitted: false, waitMs: (refusal as { msBeforeNext: number }).msBeforeNext };
    }
  }

  /** An attempt that was refused elsewhere or succeeded: its count back, and the gate it held opened. */
  async giveBack(key: string, gated: boolean): Promise<void> {
    await this.failures.reward(key, 1);
    if (gated) await this.gate.delete(key);
  }

  /** Forgets every failure of the key (a right password on a pair). */
  async clear(key: string): Promise<void> {
    await Promise.all([this.failures.delete(key), this.gate.delete(key)]);
  }
}
