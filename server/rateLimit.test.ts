import { describe, expect, it } from 'vitest';
import { tokenBucket } from './rateLimit';

describe('tokenBucket', () => {
  it('lets a burst through, then refuses until tokens refill', () => {
    const bucket = tokenBucket(10, 3, 0);
    expect([bucket.take(0), bucket.take(0), bucket.take(0), bucket.take(0)]).toEqual([true, true, true, false]);
    expect(bucket.take(50)).toBe(false);
    expect(bucket.take(100)).toBe(true);
  });

  it('never holds more than the burst, however long it was idle', () => {
    const bucket = tokenBucket(10, 2, 0);
    const passed = [0, 1, 2].map(() => bucket.take(60_000));
    expect(passed).toEqual([true, true, false]);
  });
});
