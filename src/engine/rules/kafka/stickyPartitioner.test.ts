import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { nextStickyPartition, type StickyPartitionerState } from './stickyPartitioner';
import { nextFloat } from '../../core/prng';

/** A scripted random source: each value v stands for the positive int v (v / 2^31 in [0,1)). */
function ints(...values: number[]): () => number {
  let i = 0;
  return () => {
    if (i >= values.length) throw new Error('random() called more often than scripted');
    return values[i++] / 2 ** 31;
  };
}

/** The engine's seeded PRNG (mulberry32) as a plain function, for the property tests. */
function seeded(seed: number): () => number {
  const holder = { rng: seed >>> 0 };
  return () => nextFloat(holder);
}

const ALL = [0, 1, 2];

describe('nextStickyPartition (BuiltInPartitioner, KIP-794)', () => {
  it('picks a random available partition for the first record and sticks to it', () => {
    const random = ints(7); // 7 % 3 = 1
    let state: StickyPartitionerState = {};
    const seen: number[] = [];
    for (let i = 0; i < 3; i++) {
      const choice = nextStickyPartition(state, 't', ALL, 3, 100, 1000, random);
      seen.push(choice.partition);
      state = choice.state;
    }
    expect(seen).toEqual([1, 1, 1]);
    expect(state.t).toEqual({ partition: 1, producedBytes: 300 });
  });

  it('switches after the record that reaches batch.size, not before it', () => {
    const random = ints(1, 2); // first → p1, then → p2
    let state: StickyPartitionerState = {};
    const rows: [number, number | null][] = [];
    for (let i = 0; i < 4; i++) {
      const choice = nextStickyPartition(state, 't', ALL, 3, 400, 1000, random);
      rows.push([choice.partition, choice.switchedTo]);
      state = choice.state;
    }
    // 400, 800, 1200 ≥ 1000 → third record still on p1, fourth on p2.
    expect(rows).toEqual([
      [1, null],
      [1, null],
      [1, 2],
      [2, null],
    ]);
    expect(state.t).toEqual({ partition: 2, producedBytes: 400 });
  });

  it('may pick the same partition again: KIP-794 draws uniformly over the available ones', () => {
    const choice = nextStickyPartition({ t: { partition: 1, producedBytes: 0 } }, 't', ALL, 3, 1000, 1000, ints(4));
    expect(choice.partition).toBe(1);
    expect(choice.switchedTo).toBe(1); // 4 % 3 = 1
    expect(choice.state.t).toEqual({ partition: 1, producedBytes: 0 });
  });

  it('avoidCurrentPartition reproduces KIP-480: a different partition when more than one is available', () => {
    const start = { t: { partition: 1, producedBytes: 0 } };
    const options = { avoidCurrentPartition: true };
    expect(nextStickyPartition(start, 't', ALL, 3, 1000, 1000, ints(4), options).switchedTo).toBe(0); // others [0,2]
    expect(nextStickyPartition(start, 't', ALL, 3, 1000, 1000, ints(5), options).switchedTo).toBe(2);
    expect(nextStickyPartition(start, 't', [1], 3, 1000, 1000, ints(5), options).switchedTo).toBe(1);
  });

  it('chooses only among available partitions, and from all when none is available', () => {
    expect(nextStickyPartition({}, 't', [0, 2], 3, 10, 1000, ints(1)).partition).toBe(2);
    expect(nextStickyPartition({}, 't', [], 3, 10, 1000, ints(5)).partition).toBe(2); // 5 % 3
  });

  it('keeps the current sticky partition even if it lost its leader, until batch.size is reached', () => {
    const state = { t: { partition: 1, producedBytes: 0 } };
    const choice = nextStickyPartition(state, 't', [0, 2], 3, 10, 1000, ints());
    expect(choice.partition).toBe(1);
  });

  it('with a batch not yet full, waits until 2 × batch.size before switching', () => {
    const state = { t: { partition: 0, producedBytes: 1500 } };
    const held = nextStickyPartition(state, 't', ALL, 3, 400, 1000, ints(), { enableSwitch: false });
    expect(held).toMatchObject({ partition: 0, switchedTo: null, state: { t: { producedBytes: 1900 } } });
    const forced = nextStickyPartition(held.state, 't', ALL, 3, 100, 1000, ints(2), { enableSwitch: false });
    expect(forced).toMatchObject({ partition: 0, switchedTo: 2 });
  });

  it('adaptive: weights by inverse queue size (the BuiltInPartitioner comment: queues 0 3 1 → CFT 4 5 8)', () => {
    const pick = (r: number) =>
      nextStickyPartition({}, 't', ALL, 3, 1, 1000, ints(r), { queueSizes: [0, 3, 1] }).partition;
    expect([0, 1, 2, 3, 4, 5, 6, 7, 8, 12].map(pick)).toEqual([0, 0, 0, 0, 1, 2, 2, 2, 0, 1]);
  });

  it('adaptive: equal queues on all partitions fall back to uniform', () => {
    const choice = nextStickyPartition({}, 't', ALL, 3, 1, 1000, ints(5), { queueSizes: [2, 2, 2] });
    expect(choice.partition).toBe(2);
  });

  it('keeps topics independent and never mutates its input', () => {
    const state = Object.freeze({ a: Object.freeze({ partition: 0, producedBytes: 10 }) });
    const choice = nextStickyPartition(state, 'b', ALL, 3, 10, 1000, ints(2));
    expect(choice.state).toEqual({ a: { partition: 0, producedBytes: 10 }, b: { partition: 2, producedBytes: 10 } });
    expect(state).toEqual({ a: { partition: 0, producedBytes: 10 } });
  });

  it('rejects impossible inputs', () => {
    expect(() => nextStickyPartition({}, 't', ALL, 3, 10, 0, ints(1))).toThrow(RangeError);
    expect(() => nextStickyPartition({}, 't', [3], 3, 10, 100, ints(1))).toThrow(RangeError);
    expect(() => nextStickyPartition({}, 't', ALL, 0, 10, 100, ints(1))).toThrow(RangeError);
    expect(() => nextStickyPartition({}, 't', ALL, 3, 10, 100, () => 1)).toThrow(RangeError);
    expect(() => nextStickyPartition({}, 't', ALL, 3, 10, 100, ints(1), { queueSizes: [1] })).toThrow(RangeError);
  });

  it('property: same seed, same partitions; every partition is available; runs last ⌈batch/record⌉ records', () => {
    fc.assert(
      fc.property(
        fc.integer(),
        fc.uniqueArray(fc.integer({ min: 0, max: 5 }), { minLength: 1 }),
        fc.integer({ min: 1, max: 300 }),
        fc.integer({ min: 1, max: 2000 }),
        (seed, available, recordBytes, batchSize) => {
          const run = () => {
            const random = seeded(seed);
            let state: StickyPartitionerState = {};
            const out: number[] = [];
            for (let i = 0; i < 40; i++) {
              const choice = nextStickyPartition(state, 't', available, 6, recordBytes, batchSize, random);
              out.push(choice.partition);
              state = choice.state;
            }
            return out;
          };
          const first = run();
          expect(run()).toEqual(first);
          expect(first.every((p) => available.includes(p))).toBe(true);
          // A partition is kept for exactly ⌈batchSize / recordBytes⌉ records before a new draw.
          const stick = Math.ceil(batchSize / recordBytes);
          for (let i = 0; i + 1 < stick && i + 1 < first.length; i++) expect(first[i + 1]).toBe(first[0]);
        },
      ),
    );
  });
});
