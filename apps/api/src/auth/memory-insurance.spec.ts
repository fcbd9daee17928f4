import { MEMORY_MAX_SECONDS, MemoryInsurance } from './memory-insurance';

const NINETY_DAYS = 90 * 86_400;

/**
 * Node turns a timer it cannot hold into a 1 ms one; a 1 ms timer set after it fires after it,
 * so once this resolves an overflowed timer has fired.
 */
const afterAnOverflowedTimer = () => new Promise((resolve) => setTimeout(resolve, 1));

describe('the in-memory stand-in for a failing limiter store', () => {
  it('keeps a 90-day entry as long as a timer can wait (~24.8 days), instead of dropping it at once', async () => {
    const limiter = new MemoryInsurance({ keyPrefix: 'known', points: 1, duration: NINETY_DAYS });
    await limiter.set('pair', 1, NINETY_DAYS);
    await afterAnOverflowedTimer();
    const entry = await limiter.get('pair');
    expect(entry?.consumedPoints).toBe(1);
    expect(entry?.msBeforeNext).toBeGreaterThan((MEMORY_MAX_SECONDS - 60) * 1000);
  });

  it('cuts a consume’s own 90-day duration the same way', async () => {
    const limiter = new MemoryInsurance({ keyPrefix: 'gate', points: 1, duration: 60 });
    await limiter.consume('pair', 1, { customDuration: NINETY_DAYS });
    await afterAnOverflowedTimer();
    expect((await limiter.get('pair'))?.msBeforeNext).toBeGreaterThan(60_000);
  });

  it('cuts its own duration the same way', async () => {
    const limiter = new MemoryInsurance({ keyPrefix: 'failures', points: 5, duration: NINETY_DAYS });
    await limiter.consume('pair');
    await afterAnOverflowedTimer();
    expect((await limiter.get('pair'))?.consumedPoints).toBe(1);
  });
});
