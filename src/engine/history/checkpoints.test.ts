import { describe, expect, it } from 'vitest';
import { Checkpoints } from './checkpoints';

function played(max: number, upTo: number) {
  const cps = new Checkpoints<string>(10, { count: max, bytes: Number.POSITIVE_INFINITY });
  cps.add(0, 'start');
  for (let s = 1; s <= upTo; s++) if (cps.wants(s)) cps.add(s, `at ${s}`);
  return cps;
}

const held = (cps: Checkpoints<string>, upTo: number) => {
  const steps = new Set<number>();
  for (let s = 0; s <= upTo; s++) steps.add(cps.atOrBefore(s).step);
  return [...steps];
};

describe('Checkpoints', () => {
  it('never holds more than its budget, however long the run', () => {
    const cps = played(16, 100_000);
    expect(cps.size).toBeLessThanOrEqual(16);
  });

  it('keeps step 0 and the newest stretch dense, and thins the past', () => {
    const cps = played(16, 5_000);
    const steps = held(cps, 5_000);
    expect(steps[0]).toBe(0);
    expect(steps.slice(-4)).toEqual([4970, 4980, 4990, 5000]);
    const gaps = steps.slice(1).map((s, i) => s - steps[i]);
    expect(Math.max(...gaps)).toBeGreaterThan(10);
    expect(cps.atOrBefore(4_999).state).toBe('at 4990');
  });

  it('does not remake a thinned checkpoint when a seek replays over it', () => {
    const cps = played(8, 1_000);
    const before = held(cps, 1_000);
    for (let s = 1; s <= 1_000; s++) expect(cps.wants(s)).toBe(false);
    expect(held(cps, 1_000)).toEqual(before);
  });

  it('after an intervention the future checkpoints are gone and are made again', () => {
    const cps = played(64, 500);
    cps.dropAfter(255);
    expect(cps.atOrBefore(500).step).toBe(250);
    expect(cps.wants(260)).toBe(true);
  });
});

describe('a budget of one checkpoint', () => {
  it('keeps step 0 alone (the headless runner never seeks)', () => {
    const cps = played(1, 10_000);
    expect(cps.size).toBe(1);
    expect(cps.atOrBefore(9_999).step).toBe(0);
  });
});

describe('a budget of bytes', () => {
  // A state is a step number; its "unique bytes" grow with the steps to the other one, up to a whole
  // state's worth: checkpoints far apart share less, as real ones do.
  const measure = (state: number, other: number | undefined) => 100 + Math.min(500, Math.abs(state - (other ?? -500)));
  function playedBytes(bytes: number, upTo: number) {
    const cps = new Checkpoints<number>(10, { count: 100_000, bytes }, measure);
    cps.add(0, 0);
    for (let s = 1; s <= upTo; s++) if (cps.wants(s)) cps.add(s, s);
    return cps;
  }
  const remeasured = (cps: Checkpoints<number>, upTo: number) => {
    const steps = held(cps as unknown as Checkpoints<string>, upTo);
    // Each holds alone what the next one does not share; the newest, what it added.
    return steps.reduce((sum, s, i) => sum + measure(s, i + 1 < steps.length ? steps[i + 1] : steps[i - 1]), 0);
  };

  it('holds no more bytes than its budget however long the run, measured against the checkpoints kept', () => {
    for (const upTo of [1_000, 20_000, 100_000]) {
      const cps = playedBytes(20_000, upTo);
      expect(cps.bytes).toBeLessThanOrEqual(20_000);
      // What it counts is what its checkpoints hold now, not what they held when they were made.
      expect(cps.bytes).toBe(remeasured(cps, upTo));
    }
  });

  it('keeps the newest stretch dense and thins the oldest stretch first', () => {
    const cps = playedBytes(20_000, 100_000);
    const steps = held(cps as unknown as Checkpoints<string>, 100_000);
    expect(steps.slice(-3)).toEqual([99_980, 99_990, 100_000]);
    const gaps = steps.slice(1).map((s, i) => s - steps[i]);
    expect(gaps[0]).toBeGreaterThanOrEqual(gaps[gaps.length - 1]);
    expect(Math.max(...gaps)).toBeGreaterThan(10);
  });

  it('spreads the old checkpoints evenly over the run: no gap far wider than another', () => {
    const cps = playedBytes(20_000, 100_000);
    const steps = held(cps as unknown as Checkpoints<string>, 100_000);
    // The oldest three quarters of the run, past the stretch the newest checkpoints just left.
    const old = steps.slice(1).flatMap((s, i) => (s <= 75_000 ? [s - steps[i]] : []));
    expect(old.length).toBeGreaterThan(5);
    expect(Math.max(...old)).toBeLessThanOrEqual(2.5 * Math.min(...old));
  });

  it('leaves visits before a seek target: sparse far from it, close together next to it, within their share', () => {
    const cps = playedBytes(60_000, 100_000);
    const target = 30_017;
    for (let s = target - 3_000; s <= target; s++) if (cps.wantsVisit(s, target)) cps.visit(s, s);
    expect(cps.visitCount).toBeGreaterThan(0);
    expect(cps.atOrBefore(target - 1).step).toBeGreaterThanOrEqual(target - 64);
    expect(cps.atOrBefore(target - 600).step).toBeGreaterThan(target - 600 - 500);
    expect(cps.bytes).toBeLessThanOrEqual(60_000);
    for (let i = 0; i < 50; i++) for (let s = 50_000 + i * 1_000; s <= 50_500 + i * 1_000; s++) if (cps.wantsVisit(s, 50_500 + i * 1_000)) cps.visit(s, s);
    expect(cps.bytes).toBeLessThanOrEqual(60_000);
  });

  it('leaves close-together visits only for a step back, not for a jump or a drag', () => {
    const cps = playedBytes(60_000, 100_000);
    const visitsOf = (target: number, stepBack: boolean) => {
      const made: number[] = [];
      for (let s = cps.atOrBefore(target).step + 1; s <= target; s++) {
        if (!cps.wantsVisit(s, target, stepBack)) continue;
        cps.visit(s, s);
        made.push(s);
      }
      return made;
    };
    const target = 30_480;
    // A jump (or a drag): only the sparse ones, one every 500 steps.
    const jump = visitsOf(target, false);
    expect(jump.length).toBeGreaterThan(0);
    expect(jump.every((s) => s % 500 === 0)).toBe(true);
    // A step back from there replays from the nearest of those and leaves the close-together ones.
    const back = visitsOf(target - 1, true);
    expect(back.some((s) => s % 500 !== 0)).toBe(true);
    expect(cps.atOrBefore(target - 2).step).toBeGreaterThanOrEqual(target - 2 - 64);
  });
});
