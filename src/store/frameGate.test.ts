import { describe, expect, it } from 'vitest';
import { createFrameGate } from './frameGate';

function manualFrames() {
  const queue: (() => void)[] = [];
  return {
    frames: {
      request: (fn: () => void) => queue.push(fn),
      cancel: () => queue.splice(0),
    },
    run: () => {
      for (const fn of queue.splice(0)) fn();
    },
  };
}

describe('the frame gate', () => {
  it('applies only the newest deferred patch, once, at the next frame', () => {
    const { frames, run } = manualFrames();
    const applied: number[] = [];
    const gate = createFrameGate<number>(frames, (n) => applied.push(n));
    gate.push(1, true);
    gate.push(2, true);
    expect(applied).toEqual([]);
    expect(gate.pending).toBe(2);
    run();
    expect(applied).toEqual([2]);
    expect(gate.pending).toBeNull();
  });
  it('applies an immediate patch after the one still waiting, keeping their order', () => {
    const { frames } = manualFrames();
    const applied: number[] = [];
    const gate = createFrameGate<number>(frames, (n) => applied.push(n));
    gate.push(1, true);
    gate.push(2, false);
    expect(applied).toEqual([1, 2]);
  });
});
