// A token bucket per connection: `burst` messages at once, then `perSecond` on average. A teacher
// playing at 10 steps a second sends about 10 messages a second; a student answers a few times.
export interface RateLimit {
  /** True when one more message may pass now (and takes its token). */
  take(nowMs: number): boolean;
}

export function tokenBucket(perSecond: number, burst: number, startMs: number): RateLimit {
  let tokens = burst;
  let lastMs = startMs;
  return {
    take(nowMs) {
      tokens = Math.min(burst, tokens + ((nowMs - lastMs) / 1000) * perSecond);
      lastMs = nowMs;
      if (tokens < 1) return false;
      tokens -= 1;
      return true;
    },
  };
}
