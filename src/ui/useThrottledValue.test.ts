// The diagram's throttle at "Fast": at most one new value per interval, and the newest one always
// ends up on screen. Driven on fake timers through the same render-then-effect cycle as the hook
// (the unit tests run in node, without a DOM to mount a component in).
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { type Held, hold, holdBackMs } from './useThrottledValue';

/** A component using the hook: re-rendered with each new value, and by its own timer. */
function mount<T>(first: T, intervalMs: number) {
  let held: Held<T> = { shown: first, atMs: Number.NEGATIVE_INFINITY };
  let latest = first;
  let timer: ReturnType<typeof setTimeout> | undefined;
  const drawn: T[] = [];
  const render = () => {
    held = hold(held, latest, performance.now(), intervalMs);
    if (drawn[drawn.length - 1] !== held.shown) drawn.push(held.shown);
    // The effect: cleared and set again after every render.
    clearTimeout(timer);
    const delay = holdBackMs(held, latest, performance.now(), intervalMs);
    timer = delay === null ? undefined : setTimeout(render, delay);
  };
  render();
  return {
    drawn,
    shown: () => held.shown,
    update(value: T) {
      latest = value;
      render();
    },
  };
}

beforeEach(() => {
  vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'performance'] });
});
afterEach(() => {
  vi.useRealTimers();
});

describe('useThrottledValue', () => {
  it('follows every value at once when the interval is 0', () => {
    const c = mount('a', 0);
    c.update('b');
    c.update('c');
    expect(c.drawn).toEqual(['a', 'b', 'c']);
    expect(vi.getTimerCount()).toBe(0);
  });

  it('shows the first change at once, then holds values that come too soon', () => {
    const c = mount(0, 100);
    c.update(1);
    expect(c.shown()).toBe(1);
    vi.advanceTimersByTime(10);
    c.update(2);
    c.update(3);
    expect(c.shown()).toBe(1);
  });

  it('draws the newest held value when its interval is up, with no further update', () => {
    const c = mount(0, 100);
    c.update(1);
    vi.advanceTimersByTime(10);
    c.update(2);
    c.update(3);
    vi.advanceTimersByTime(100);
    expect(c.shown()).toBe(3);
    expect(c.drawn).toEqual([0, 1, 3]);
    expect(vi.getTimerCount()).toBe(0);
  });

  it('changes at most once per interval under a steady stream of values', () => {
    const c = mount(0, 100);
    // A value every 10 ms for one second: ten intervals.
    for (let i = 1; i <= 100; i++) {
      c.update(i);
      vi.advanceTimersByTime(10);
    }
    vi.runAllTimers();
    expect(c.shown()).toBe(100);
    expect(c.drawn.length - 1).toBeLessThanOrEqual(11);
    expect(c.drawn.length - 1).toBeGreaterThanOrEqual(9);
  });

  it('keeps the shown value while the input settles back to it', () => {
    const c = mount('a', 100);
    c.update('b');
    c.update('c');
    c.update('b');
    expect(vi.getTimerCount()).toBe(0);
    expect(c.drawn).toEqual(['a', 'b']);
  });
});
