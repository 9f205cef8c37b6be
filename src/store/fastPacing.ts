// How hard "Fast" lets the engine worker run. Asked for chunk after chunk with no pause, the worker
// held a whole core, and on a two-core classroom laptop the page, the compositor and the raster
// threads then shared the other: frames the page needed 20–30 ms of CPU for took 50–130 ms of
// wall time (a Chrome trace: a 64 ms task of which 30 ms ran). So the worker rests between chunks
// as long as the last one took: it works at most half the time, and the page always has a core.
// Fast plays fewer steps a second for it (about 60 % as many) and no frame waits for the CPU.

/** The rest after a chunk, as a share of the time the chunk took (1: as long as it worked). */
export const FAST_REST_RATIO = 1;

export interface FastPacer {
  /** A chunk was asked for at `now`. */
  asked(now: number): void;
  /** Its answer came at `now`: the worker rests from then on. */
  answered(now: number): void;
  /** Whether the next chunk must still wait at `now`. */
  resting(now: number): boolean;
  /** Play stopped: the next play starts at once. */
  reset(): void;
}

export function createFastPacer(restRatio = FAST_REST_RATIO): FastPacer {
  let askedAt: number | null = null;
  let restUntil = -Infinity;
  return {
    asked(now) {
      askedAt = now;
    },
    answered(now) {
      if (askedAt === null) return;
      restUntil = now + (now - askedAt) * restRatio;
      askedAt = null;
    },
    resting: (now) => now < restUntil,
    reset() {
      askedAt = null;
      restUntil = -Infinity;
    },
  };
}
