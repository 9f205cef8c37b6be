// What a producer remembers of a long run: every send it made. No rule reads a finished send again
// (the checker keeps its own facts, the counts are kept apart), so a page playing for an hour need
// not hold millions of them: it keeps each producer's newest ones and lets older ones go, a whole
// leaf of the list at a time. The headless runner keeps them all (its output lists them).
import type { ProducerState, SimState } from '../core/state';

/** How often, in steps, old sends are let go: a glance at every producer, rarely enough to cost nothing. */
export const FORGET_EVERY = 4096;

/**
 * The sends below this index are settled: in no batch (a batch takes only new sends, and a send
 * leaves with its batch), so no rule changes them again. The timeline's history packs them once
 * (history/recordArchive.ts).
 */
export function settledSends(p: ProducerState): number {
  let below = p.sends.length;
  for (const b of p.batches) if (b.sends.length > 0 && b.sends[0] < below) below = b.sends[0];
  return below;
}

/** Lets go of each producer's sends older than its newest `keep`; a send still in a batch (waiting, in flight or backing off) is kept however old. */
export function forgetOldSends(state: SimState, keep: number): void {
  for (const p of state.producers) {
    let below = p.sends.length - keep;
    for (const b of p.batches) if (b.sends.length > 0 && b.sends[0] < below) below = b.sends[0];
    if (below > 0) p.sends.forgetBefore(below);
  }
}
