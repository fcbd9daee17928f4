import { SeqTracker } from './seq-tracker';

describe('SeqTracker', () => {
  it('follows consecutive changes and flags gaps', () => {
    const tracker = new SeqTracker();
    tracker.synced(4);
    expect(tracker.observe(5)).toBe('next');
    expect(tracker.observe(7)).toBe('gap');
    expect(tracker.observe(6)).toBe('stale');
    expect(tracker.current).toBe(7);
  });

  it('treats the first event before any fetch as a gap', () => {
    expect(new SeqTracker().observe(3)).toBe('gap');
  });

  it('never goes back when an older state arrives', () => {
    const tracker = new SeqTracker();
    tracker.synced(9);
    tracker.synced(8);
    expect(tracker.current).toBe(9);
  });
});
