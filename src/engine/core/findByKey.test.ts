import { describe, expect, it } from 'vitest';
import { findByKey } from './findByKey';

const byName = (t: { name: string }) => t.name;

describe('findByKey', () => {
  it('finds what list.find finds in a frozen list, the first of equal keys included', () => {
    const list = Object.freeze([{ name: 'a', n: 1 }, { name: 'b', n: 2 }, { name: 'a', n: 3 }]);
    expect(findByKey(list, 'a', byName)).toBe(list[0]);
    expect(findByKey(list, 'b', byName)).toBe(list[1]);
    expect(findByKey(list, 'c', byName)).toBeUndefined();
  });

  it('sees a change to a list that is not frozen', () => {
    const list = [{ name: 'a' }];
    expect(findByKey(list, 'b', byName)).toBeUndefined();
    list.push({ name: 'b' });
    expect(findByKey(list, 'b', byName)).toBe(list[1]);
  });
});

describe('findByKey over many lists', () => {
  it('finds in each of more frozen lists than it remembers at once, asked in turn', () => {
    const lists = Array.from({ length: 7 }, (_, n) => Object.freeze([{ name: 'a', n }, { name: `only-${n}`, n }]));
    for (let round = 0; round < 3; round++) {
      for (const [n, list] of lists.entries()) {
        expect(findByKey(list, 'a', byName)?.n).toBe(n);
        expect(findByKey(list, `only-${n}`, byName)).toBe(list[1]);
        expect(findByKey(list, `only-${(n + 1) % 7}`, byName)).toBeUndefined();
      }
    }
  });
});
