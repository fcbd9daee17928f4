/** A token bucket per socket: `burst` events at once, refilled at `perSecond`. */
export class SocketRateLimit {
  private tokens: number;
  private last = Date.now();

  constructor(
    private readonly burst = 20,
    private readonly perSecond = 10,
  ) {
    this.tokens = burst;
  }

  take(): boolean {
    const now = Date.now();
    this.tokens = Math.min(this.burst, this.tokens + ((now - this.last) / 1000) * this.perSecond);
    this.last = now;
    if (this.tokens < 1) return false;
    this.tokens -= 1;
    return true;
  }
}
