import { useEffect, useReducer, useRef } from 'react';

/**
 * `value`, but changing at most once every `intervalMs` (0: at once). The newest value always
 * shows in the end: one that arrives too soon is drawn when its interval is up.
 */
export function useThrottledValue<T>(value: T, intervalMs: number): T {
  const held = useRef({ shown: value, atMs: Number.NEGATIVE_INFINITY });
  const [, redraw] = useReducer((n: number) => n + 1, 0);
  const now = performance.now();
  if (held.current.shown !== value && (intervalMs <= 0 || now - held.current.atMs >= intervalMs)) held.current = { shown: value, atMs: now };
  const { shown, atMs } = held.current;
  useEffect(() => {
    if (shown === value) return;
    const timer = setTimeout(redraw, Math.max(0, atMs + intervalMs - performance.now()));
    return () => clearTimeout(timer);
  }, [shown, value, atMs, intervalMs]);
  return shown;
}
