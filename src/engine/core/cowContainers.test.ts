import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CowArray } from './cowArray';

// Model-based: a CowArray and its shares behave exactly like independent plain copies.
type Op =
  | { kind: 'set'; side: number; at: number; value: number }
  | { kind: 'push'; side: number; value: number }
  | { kind: 'setNearEnd'; side: number; past: number; value: number }
  | { kind: 'share'; side: number }
  | { kind: 'snapshot'; side: number }
  | { kind: 'forget'; side: number; below: number };

const op = fc.oneof(
  fc.record({ kind: fc.constant('set' as const), side: fc.nat(3), at: fc.nat(1500), value: fc.integer() }),
  fc.record({ kind: fc.constant('push' as const), side: fc.nat(3), value: fc.integer() }),
  fc.record({ kind: fc.constant('push' as const), side: fc.nat(3), value: fc.integer() }),
  // Around the end: appends into nodes a copy shares, and holes past what they cover.
  fc.record({ kind: fc.constant('setNearEnd' as const), side: fc.nat(3), past: fc.integer({ min: -3, max: 70 }), value: fc.integer() }),
  fc.record({ kind: fc.constant('share' as const), side: fc.nat(3) }),
  fc.record({ kind: fc.constant('snapshot' as const), side: fc.nat(3) }),
  fc.record({ kind: fc.constant('forget' as const), side: fc.nat(3), below: fc.nat(1600) }),
);

describe('CowArray', () => {
  it('behaves like plain arrays copied at every share', () => {
    fc.assert(
      fc.property(fc.array(op, { maxLength: 500 }), (ops: Op[]) => {
        const cows = [new CowArray<number>()];
        const plain: (number | undefined)[][] = [[]];
        const keptFrom = [0];
        // Snapshots are checkpoints: never written, checked at the end against what they held.
        const snapshots: { cow: CowArray<number>; plain: (number | undefined)[]; keptFrom: number }[] = [];
        for (const o of ops) {
          const i = o.side % cows.length;
          if (o.kind === 'share') {
            cows.push(cows[i].share());
            plain.push([...plain[i]]);
            keptFrom.push(keptFrom[i]);
          } else if (o.kind === 'snapshot') {
            snapshots.push({ cow: cows[i].snapshot(), plain: [...plain[i]], keptFrom: keptFrom[i] });
          } else if (o.kind === 'forget') {
            cows[i].forgetBefore(o.below);
            // Whole leaves of 32 below the index are dropped; the length stays.
            const end = Math.floor(Math.min(o.below, plain[i].length) / 32) * 32;
            for (let k = 0; k < end; k++) plain[i][k] = undefined;
            keptFrom[i] = Math.max(keptFrom[i], end);
          } else if (o.kind === 'push') {
            cows[i].push(o.value);
            plain[i].push(o.value);
          } else if (o.kind === 'setNearEnd') {
            const at = Math.max(0, plain[i].length + o.past);
            cows[i].set(at, o.value);
            plain[i][at] = o.value;
          } else {
            cows[i].set(o.at, o.value);
            plain[i][o.at] = o.value;
          }
        }
        const all = [...cows.map((cow, i) => ({ cow, plain: plain[i], keptFrom: keptFrom[i] })), ...snapshots];
        for (const { cow, plain: want, keptFrom: kept } of all) {
          expect(cow.length).toBe(want.length);
          expect(cow.firstKept).toBe(kept);
          expect(cow.items()).toEqual(want.filter((x) => x !== undefined));
          for (let k = 0; k < want.length; k++) expect(cow.get(k)).toBe(want[k]);
        }
      }),
      { numRuns: 300 },
    );
  });

  it('drops whole leaves below an index, keeping the length, the indexes and what a copy held', () => {
    const a = new CowArray(Array.from({ length: 100 }, (_, i) => i));
    const before = a.share();
    a.forgetBefore(70);
    expect(a.length).toBe(100);
    expect([a.get(63), a.get(64), a.get(99)]).toEqual([undefined, 64, 99]);
    expect(a.items()).toEqual(Array.from({ length: 36 }, (_, i) => 64 + i));
    expect(before.items()).toHaveLength(100);
    a.push(100);
    expect(a.get(100)).toBe(100);
  });

  it('gives a new snapshot once items were let go, even when none were held there', () => {
    const a = new CowArray<number>();
    a.push(1);
    a.set(100, 2);
    a.forgetBefore(32);
    const before = a.snapshot();
    a.forgetBefore(96);
    expect(a.snapshot()).not.toBe(before);
    expect([before.firstKept, a.snapshot().firstKept]).toEqual([32, 96]);
    a.forgetBefore(-5);
    expect(a.get(100)).toBe(2);
  });

  it('answers undefined outside its length and refuses a negative or fractional index', () => {
    const a = new CowArray(['x']);
    expect(a.get(-1)).toBeUndefined();
    expect(a.get(1)).toBeUndefined();
    expect(() => a.set(-1, 'y')).toThrow(RangeError);
    expect(() => a.set(0.5, 'y')).toThrow(RangeError);
  });
});

describe('snapshot()', () => {
  it('gives the same copy until something is written, and copies made from it are independent', () => {
    const live = new CowArray([1, 2, 3]);
    const first = live.snapshot();
    expect(live.snapshot()).toBe(first);
    live.set(0, 9);
    const second = live.snapshot();
    expect(second).not.toBe(first);
    expect(first.items()).toEqual([1, 2, 3]);
    expect(second.items()).toEqual([9, 2, 3]);
    const restoredA = first.share();
    const restoredB = first.share();
    restoredA.set(1, 7);
    expect(restoredB.items()).toEqual([1, 2, 3]);
    expect(first.items()).toEqual([1, 2, 3]);
  });
});
