import { RateLimiterMemory } from 'rate-limiter-flexible';

/** The longest a Node timer waits (2^31 − 1 ms, about 24.8 days), in whole seconds. */
export const MEMORY_MAX_SECONDS = Math.floor((2 ** 31 - 1) / 1000);

const capped = (seconds: number) => Math.min(seconds, MEMORY_MAX_SECONDS);

/**
 * The in-memory stand-in for a limiter whose store (Redis, the database) is
 * failing. It keeps an entry with a timer, and Node fires a timer longer than
 * ~24.8 days at once (with a TimeoutOverflowWarning): the sign-in limiter's
 * 90-day "known address" would be forgotten as soon as it was set. So every
 * duration it is given (its own, `set`'s, a consume's `customDuration`) is
 * cut to what a timer can wait.
 */
export class MemoryInsurance extends RateLimiterMemory {
  constructor(options: { keyPrefix: string; points: number; duration: number }) {
    super({ ...options, duration: capped(options.duration) });
  }

  override set(key: string | number, points: number, secDuration: number, options?: Record<string, unknown>) {
    return super.set(key, points, capped(secDuration), options);
  }

  override consume(key: string | number, points?: number, options: Record<string, unknown> = {}) {
    const customDuration = typeof options.customDuration === 'number' ? capped(options.customDuration) : undefined;
    return super.consume(key, points, { ...options, customDuration });
  }
}
