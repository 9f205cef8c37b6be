// What the clients remember of a long run: every send a producer made and every record a consumer
// got. No rule reads a finished send or a received record again (the checker keeps its own facts,
// the counts are kept apart), so a page playing for an hour need not hold millions of them: it
// keeps each client's newest ones and lets older ones go, a whole leaf of its list at a time. The
// headless runner keeps everything (its document lists them all).
import type { SimState } from './core/state';

/** How often, in steps, the old ones are let go: a glance at every client, rarely enough to cost nothing. */
export const FORGET_EVERY = 4096;

/**
 * Lets go of each producer's sends and each consumer's received records older than its newest
 * `keep`. A send still in a batch (waiting, in flight or backing off) is kept however old.
 */
export function forgetOldClientHistory(state: SimState, keep: number): void {
  for (const p of state.producers) {
    let below = p.sends.length - keep;
    for (const b of p.batches) if (b.sends.length > 0 && b.sends[0] < below) below = b.sends[0];
    if (below > 0) p.sends.forgetBefore(below);
  }
  for (const c of state.consumers) {
    const below = c.received.length - keep;
    if (below > 0) c.received.forgetBefore(below);
  }
}
