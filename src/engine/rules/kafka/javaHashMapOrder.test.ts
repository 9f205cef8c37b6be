import { describe, expect, it } from 'vitest';
import { javaHashMapOrder } from './javaHashMapOrder';

describe('javaHashMapOrder', () => {
  // Expected orders printed by `new HashMap<>()` + put in the given order + keySet() on JDK 17.
  it.each([
    [['c1', 'c2', 'c3', 'c4'], ['c3', 'c4', 'c1', 'c2']],
    [['consumer-1', 'consumer-2', 'consumer-3'], ['consumer-3', 'consumer-2', 'consumer-1']],
    [['C0', 'C1', 'C2'], ['C0', 'C1', 'C2']],
    [['alice', 'bob', 'carol', 'dave', 'erin'], ['carol', 'dave', 'bob', 'alice', 'erin']],
  ])('%j iterates as %j', (keys, order) => {
    expect(javaHashMapOrder(keys)).toEqual(order);
  });

  it('grows the table past 12 keys (load factor 0.75), as JDK 17 shows', () => {
    const keys = ['m0', 'm1', 'm10', 'm11', 'm12', 'm2', 'm3', 'm4', 'm5', 'm6', 'm7', 'm8', 'm9'];
    expect(javaHashMapOrder(keys)).toEqual(['m0', 'm1', 'm2', 'm3', 'm4', 'm5', 'm6', 'm7', 'm8', 'm11', 'm9', 'm10', 'm12']);
  });

  it('keeps insertion order for keys with the same hash', () => {
    expect(javaHashMapOrder(['Aa', 'BB'])).toEqual(['Aa', 'BB']);
    expect(javaHashMapOrder(['BB', 'Aa'])).toEqual(['BB', 'Aa']);
    expect(javaHashMapOrder([])).toEqual([]);
  });
});
