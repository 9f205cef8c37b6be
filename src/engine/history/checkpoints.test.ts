import { describe, expect, it } from 'vitest';
import { Checkpoints } from './checkpoints';

function played(max: number, upTo: number) {
  const cps = new Checkpoints<string>(10, max);
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
