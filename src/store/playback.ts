// Play/pause: asks the worker for steps at the chosen speed, never more than one request at a time,
// so a slow answer slows the animation instead of queueing a backlog.
import { MAX_STEPS_PER_REQUEST } from '../protocol/messages';
export type Speed = 1 | 2 | 5 | 10 | 50 | 'fast';
export const SPEEDS: readonly Speed[] = [1, 2, 5, 10, 50, 'fast'];

/**
 * At "fast" the page asks for up to FAST_CHUNK steps but lets the worker stop after FAST_BUDGET_MS
 * of wall-clock time: answers then come a dozen or so times a second whatever the engine's speed or
 * the scenario's size, each small enough for the page to show within one frame, with frames to
 * spare in between. (A fixed 5,000 steps made each answer a long task on the main thread, longer
 * the bigger the scenario; an answer every frame kept the main thread rendering all the time.)
 */
export const FAST_CHUNK = MAX_STEPS_PER_REQUEST;
export const FAST_BUDGET_MS = 30;

export interface Timers {
  now(): number;
  set(fn: () => void, ms: number): unknown;
  clear(handle: unknown): void;
}

/** The page's own clock and timers. */
export const browserTimers: Timers = {
  now: () => performance.now(),
  set: (fn, ms) => setTimeout(fn, ms),
  clear: (handle) => clearTimeout(handle as ReturnType<typeof setTimeout>),
};

export interface PlaybackDeps {
  timers: Timers;
  getSpeed(): Speed;
  canStep(): boolean;
  isBusy(): boolean;
  step(count: number): void;
  onStop(): void;
}

export interface Playback {
  start(): void;
  stop(): void;
  readonly running: boolean;
}

const FAST_POLL_MS = 4;

/** Milliseconds between ticks at a speed. */
export function tickMs(speed: Speed): number {
  // At "fast" the tick only checks whether the worker can take another request (isBusy).
  return speed === 'fast' ? FAST_POLL_MS : Math.max(16, 1000 / speed);
}

/** Steps due after `elapsedMs` with `carry` steps owed from before; returns [whole steps, new carry]. */
export function stepsDue(speed: Speed, elapsedMs: number, carry: number): [number, number] {
  if (speed === 'fast') return [FAST_CHUNK, 0];
  const owed = carry + (elapsedMs * speed) / 1000;
  // Never more than a second's worth at once: after a stall, catch up gently, not in a burst.
  const steps = Math.min(Math.floor(owed), Math.max(1, speed));
  return [steps, Math.min(owed - steps, 1)];
}

export function createPlayback(deps: PlaybackDeps): Playback {
  let handle: unknown = null;
  let running = false;
  let last = 0;
  let carry = 0;

  const schedule = () => {
    handle = deps.timers.set(tick, tickMs(deps.getSpeed()));
  };
  const tick = () => {
    handle = null;
    if (!running) return;
    if (!deps.canStep()) {
      stop();
      return;
    }
    const now = deps.timers.now();
    if (!deps.isBusy()) {
      const [steps, rest] = stepsDue(deps.getSpeed(), now - last, carry);
      last = now;
      carry = rest;
      if (steps > 0) deps.step(steps);
    }
    schedule();
  };
  function stop() {
    if (handle !== null) deps.timers.clear(handle);
    handle = null;
    if (running) {
      running = false;
      deps.onStop();
    }
  }
  return {
    start() {
      if (handle !== null) deps.timers.clear(handle);
      running = true;
      last = deps.timers.now();
      carry = 1; // the first step comes at once: Play should answer the click
      tick();
    },
    stop,
    get running() {
      return running;
    },
  };
}
