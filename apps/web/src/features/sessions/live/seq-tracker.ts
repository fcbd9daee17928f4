/**
 * Follows a session's sequence numbers. Each change carries the next number;
 * anything else (a gap, a repeat after a reconnect) means we may have missed
 * a change and must refetch the whole state at once.
 */
export class SeqTracker {
  private last: number | null = null;

  get current(): number | null {
    return this.last;
  }

  /** The state we fetched has this seq: later events are measured from it. */
  synced(seq: number): void {
    if (this.last === null || seq > this.last) this.last = seq;
  }

  /** 'next' when the event follows the last one; 'gap' when something was missed; 'stale' when already seen. */
  observe(seq: number): 'next' | 'gap' | 'stale' {
    if (this.last === null) {
      this.last = seq;
      return 'gap';
    }
    if (seq <= this.last) return 'stale';
    const result = seq === this.last + 1 ? 'next' : 'gap';
    this.last = seq;
    return result;
  }

  reset(): void {
    this.last = null;
  }
}
