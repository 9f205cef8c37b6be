import { describe, expect, it } from 'vitest';
import { FAST_CHUNK, stepsDue, tickMs } from './playback';

describe('stepsDue', () => {
  it('owes one step per 1/speed seconds, carrying fractions', () => {
    expect(stepsDue(2, 250, 0)).toEqual([0, 0.5]);
    expect(stepsDue(2, 250, 0.5)).toEqual([1, 0]);
    expect(stepsDue(50, 100, 0)).toEqual([5, 0]);
  });
  it('catches up at most a second of steps after a stall', () => {
    expect(stepsDue(10, 60_000, 0)[0]).toBe(10);
    expect(stepsDue(1, 60_000, 0)).toEqual([1, 1]);
  });
  it('asks for a big chunk at "fast"', () => {
    expect(stepsDue('fast', 16, 0)).toEqual([FAST_CHUNK, 0]);
  });
});

describe('tickMs', () => {
  it('ticks once per step at slow speeds and at frame rate at high ones', () => {
    expect(tickMs(1)).toBe(1000);
    expect(tickMs(50)).toBe(20);
    expect(tickMs('fast')).toBeLessThan(16);
  });
});
