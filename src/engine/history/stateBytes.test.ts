import { describe, expect, it } from 'vitest';
import { snapshotState } from '../core/clone';
import { CowArray } from '../core/cowArray';
import { SharedLog } from '../core/sharedLog';
import { uniqueBytes } from './stateBytes';

function live() {
  return {
    step: 1,
    brokers: [{ id: 1, isr: [1, 2] }, { id: 2, isr: [1, 2] }],
    queue: [{ at: 1 }, { at: 2 }, { at: 3 }].map((e) => Object.freeze(e)),
    timers: new Map([['a', 1]]),
    sends: new CowArray(Array.from({ length: 300 }, (_, i) => ({ i }))),
    log: new SharedLog<number>([1, 2], 2),
  };
}

describe('uniqueBytes', () => {
  it('counts a whole state against nothing, and nothing against itself', () => {
    const state = live();
    expect(uniqueBytes(state, undefined)).toBeGreaterThan(300 * 24);
    expect(uniqueBytes(state, state)).toBe(0);
  });

  it('counts only what a snapshot does not share with the one before it', () => {
    const state = live();
    const first = snapshotState(state, undefined);
    const whole = uniqueBytes(first, undefined);
    state.brokers[0].isr.push(3);
    const second = snapshotState(state, first);
    const changed = uniqueBytes(second, first);
    expect(changed).toBeGreaterThan(0);
    expect(changed).toBeLessThan(whole / 4);
    // One item written in a copy-on-write array: its leaf and the nodes above, not the array.
    state.sends.set(5, { i: -5 });
    const third = snapshotState(state, second);
    expect(uniqueBytes(third, second)).toBeGreaterThan(32 * 8);
    expect(uniqueBytes(third, second)).toBeLessThan(whole / 2);
  });

  it('counts only the new part of a copy-on-write array that grew a level', () => {
    const sends = new CowArray(Array.from({ length: 1000 }, (_, i) => ({ i })));
    const before = sends.snapshot();
    for (let i = 0; i < 100; i++) sends.push({ i: 1000 + i });
    const after = sends.snapshot();
    const whole = uniqueBytes(after, undefined);
    // Either way round: what the one holds that the other does not is the 100 items and their path.
    expect(uniqueBytes(after, before)).toBeLessThan(whole / 5);
    expect(uniqueBytes(before, after)).toBeLessThan(whole / 5);
  });

  it('does not count queued events that only moved along the queue', () => {
    const state = live();
    const first = snapshotState(state, undefined);
    state.queue.shift();
    const second = snapshotState(state, first);
    // The array is new (its pointers count), the events it holds are the same ones.
    expect(uniqueBytes(second.queue, first.queue)).toBeLessThan(64);
  });
});
