import { describe, expect, it } from 'vitest';
import { appendKeyed, newKeyedAppends } from './keyedAppends';

/** The rule as stated: reordered when an earlier append of the same key came from a later send. */
function byDefinition(appends: readonly [number, string][]): boolean[] {
  const highest = new Map<string, number>();
  return appends.map(([index, key]) => {
    const before = highest.get(key) ?? -1;
    highest.set(key, Math.max(before, index));
    return index < before;
  });
}

function play(appends: readonly [number, string][]): boolean[] {
  const a = newKeyedAppends();
  return appends.map(([index, key]) => appendKeyed(a, index, key));
}

describe('keyed appends (the reordered check)', () => {
  it('finds nothing while appends come in send order, or when only other keys came later', () => {
    expect(play([[0, 'a'], [1, 'b'], [2, 'a'], [5, 'a']])).toEqual([false, false, false, false]);
    expect(play([[0, 'a'], [2, 'b'], [1, 'a']])).toEqual([false, false, false]);
  });

  it('finds an append whose key a later send already stored', () => {
    expect(play([[0, 'a'], [2, 'a'], [1, 'a']])).toEqual([false, false, true]);
    expect(play([[3, 'k'], [4, 'x'], [5, 'y'], [1, 'k'], [2, 'y']])).toEqual([false, false, false, true, true]);
  });

  it('does not count a send stored twice (a duplicate) as reordered', () => {
    expect(play([[0, 'a'], [1, 'a'], [1, 'a']])).toEqual([false, false, false]);
  });

  it('agrees with the rule as stated on long runs with retries out of order', () => {
    // A deterministic mix: mostly in order, with retried batches of earlier sends now and then.
    let seed = 7;
    const next = () => {
      seed = (seed * 1103515245 + 12345) % 2 ** 31;
      return seed / 2 ** 31;
    };
    const appends: [number, string][] = [];
    let sent = 0;
    for (let i = 0; i < 5000; i++) {
      const index = next() < 0.05 ? Math.max(0, sent - 1 - Math.floor(next() * 40)) : sent++;
      appends.push([index, `k${Math.floor(next() * 30)}`]);
    }
    const found = play(appends);
    expect(found).toEqual(byDefinition(appends));
    expect(found.filter(Boolean).length).toBeGreaterThan(10);
  });
});
