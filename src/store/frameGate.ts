// At "Fast" the worker may answer more often than the screen refreshes: rendering every answer
// would queue React renders no one sees. The gate keeps only the newest pending state change and
// applies it once per animation frame; anything that is not fast playback goes through at once.
export interface Frames {
  request(fn: () => void): unknown;
  cancel(handle: unknown): void;
}

/** requestAnimationFrame where there is one; elsewhere (node tests) a 16 ms timer. */
export function defaultFrames(timers: { set(fn: () => void, ms: number): unknown; clear(handle: unknown): void }): Frames {
  if (typeof requestAnimationFrame === 'function')
    return {
      request: (fn) => requestAnimationFrame(fn),
      cancel: (h) => cancelAnimationFrame(h as number),
    };
  return {
    request: (fn) => timers.set(fn, 16),
    cancel: (h) => timers.clear(h),
  };
}

export interface FrameGate<T> {
  /** Applies `patch` at the next frame (replacing a patch still waiting), or at once when `defer` is false. */
  push(patch: T, defer: boolean): void;
  /** The patch waiting for its frame, if any. */
  readonly pending: T | null;
  /** Applies the waiting patch now. */
  flush(): void;
}

export function createFrameGate<T>(frames: Frames, apply: (patch: T) => void): FrameGate<T> {
  let waiting: T | null = null;
  let handle: unknown = null;
  const flush = () => {
    if (handle !== null) frames.cancel(handle);
    handle = null;
    const patch = waiting;
    waiting = null;
    if (patch !== null) apply(patch);
  };
  return {
    push(patch, defer) {
      if (!defer) {
        flush();
        apply(patch);
        return;
      }
      waiting = patch;
      handle ??= frames.request(() => {
        handle = null;
        flush();
      });
    },
    get pending() {
      return waiting;
    },
    flush,
  };
}
