import { describe, expect, it } from 'vitest';
import { seeded } from './prng';

describe('the fuzzers’ PRNG', () => {
  it('repeats itself from a seed and differs between seeds', () => {
    const a = seeded(42);
    const b = seeded(42);
    const c = seeded(43);
    const xs = Array.from({ length: 8 }, () => a.next());
    expect(Array.from({ length: 8 }, () => b.next())).toEqual(xs);
    expect(Array.from({ length: 8 }, () => c.next())).not.toEqual(xs);
  });

  it('spreads over its range', () => {
    const r = seeded(7);
    const counts = new Array(10).fill(0);
    for (let i = 0; i < 10_000; i++) counts[r.below(10)]++;
    for (const n of counts) expect(n).toBeGreaterThan(850);
    expect(Math.max(...Array.from({ length: 1000 }, () => r.next()))).toBeLessThan(1);
  });
});
