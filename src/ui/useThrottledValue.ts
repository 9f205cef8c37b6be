import { useEffect, useReducer, useRef } from 'react';

/** The value on screen and when it got there (performance.now() milliseconds). */
export interface Held<T> {
  shown: T;
  atMs: number;
}

/** What is shown after a render with `value` at `nowMs`: `value` once `intervalMs` has passed since the last change (at once for 0), else what was shown. */
export function hold<T>(held: Held<T>, value: T, nowMs: number, intervalMs: number): Held<T> {
  return held.shown !== value && (intervalMs <= 0 || nowMs - held.atMs >= intervalMs) ? { shown: value, atMs: nowMs } : held;
}

/** Milliseconds until a value held back is due on screen; null when nothing is held back. */
export function holdBackMs<T>(held: Held<T>, value: T, nowMs: number, intervalMs: number): number | null {
  return held.shown === value ? null : Math.max(0, held.atMs + intervalMs - nowMs);
}

/**
 * `value`, but changing at most once every `intervalMs` (0: at once). The newest value always
 * shows in the end: one that arrives too soon is drawn when its interval is up.
 */
export function useThrottledValue<T>(value: T, intervalMs: number): T {
  const held = useRef<Held<T>>({ shown: value, atMs: Number.NEGATIVE_INFINITY });
  const [, redraw] = useReducer((n: number) => n + 1, 0);
  held.current = hold(held.current, value, performance.now(), intervalMs);
  const { shown, atMs } = held.current;
  useEffect(() => {
    const delay = holdBackMs({ shown, atMs }, value, performance.now(), intervalMs);
    if (delay === null) return;
    const timer = setTimeout(redraw, delay);
    return () => clearTimeout(timer);
  }, [shown, value, atMs, intervalMs]);
  return shown;
}
