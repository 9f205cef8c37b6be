// Timers due well ahead wait outside the queue's heap until they come near. Most never fire: a
// request's timeout (30 s) is cancelled when the answer comes a few milliseconds later, a batch's
// delivery timeout (120 s) when it is acknowledged, a held fetch's wait (500 ms) when records come,
// a poll's timeout when a fetch answers. In the heap each stayed until it was due or compacted away
// — pushed, sifted, carried through the collector's young generation into the old one — and three
// of every four entries in the heap were such dead timers. Here cancelling one deletes it, and it
// dies young; the heap keeps what is due within a few milliseconds (messages, linger timers).
//
// Events still run in exactly the heap's order (time, priority, seq): a far timer keeps the seq it
// was set with, and is moved into the heap before anything due at or after its time is taken out.
import type { QueuedEvent } from './events';
import { heapPeek, heapPush } from './heap';
import type { SimState } from './state';
import type { TimerKey } from './timerKey';

/**
 * A timer due at least this long after it is set waits outside the heap: longer than a message's
 * trip or a linger, shorter than any wait that is usually cut short. Played in process on the
 * runner bench's scenario, 5 s, 250 ms and 50 ms here were each faster than the one before.
 */
export const FAR_MS = 50;

/** Keeps a far timer (replacing its slot's far timer, if any); it joins `timers` when it comes near. */
export function holdFarTimer(state: SimState, key: TimerKey, entry: QueuedEvent): void {
  state.farTimers.set(key, entry);
  if (entry.atMs < state.farDueMs) state.farDueMs = entry.atMs;
}

/**
 * The heap's next entry, once every far timer due by then is in the heap. farDueMs is never later
 * than the earliest far timer (a cancelled one may leave it earlier, which costs only a look).
 */
export function peekQueue(state: SimState): QueuedEvent | undefined {
  for (;;) {
    const next = heapPeek(state.queue);
    if (state.farDueMs > (next === undefined ? Number.POSITIVE_INFINITY : next.atMs)) return next;
    if (state.farTimers.size === 0) {
      state.farDueMs = Number.POSITIVE_INFINITY;
      return next;
    }
    // Everything due before the heap's next entry, and a little after; with nothing in the heap,
    // the far timers due first (a second round when farDueMs was early and none were).
    bringNear(state, (next === undefined ? state.farDueMs : next.atMs) + FAR_MS);
  }
}

/** Moves the far timers due before `beforeMs` into the heap; farDueMs becomes the earliest left. */
function bringNear(state: SimState, beforeMs: number): void {
  let due = Number.POSITIVE_INFINITY;
  for (const [key, entry] of state.farTimers) {
    if (entry.atMs < beforeMs) {
      heapPush(state.queue, entry);
      state.farTimers.delete(key);
      state.timers.set(key, entry.seq);
    } else if (entry.atMs < due) {
      due = entry.atMs;
    }
  }
  state.farDueMs = due;
}
