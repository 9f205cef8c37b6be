// KIP-497's maximal ISR, on its own so both the HW rule and the produce purgatory can use it
// without importing each other.
import type { ReplicaState } from '../core/state';

/**
 * The committed ISR plus replicas a pending expansion adds. A pending shrink does not count until
 * the controller accepts it, so it never lets the HW run ahead.
 */
export function maximalIsr(r: ReplicaState): number[] {
  if (!r.pendingIsr) return r.isr;
  return [...r.isr, ...r.pendingIsr.filter((id) => !r.isr.includes(id))];
}
