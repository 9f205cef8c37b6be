// Leader election as the KRaft controller does it (PartitionChangeBuilder): keep a valid leader,
// else the first replica in assignment order that is in the ISR and unfenced; with
// unclean.leader.election.enable, the first live replica when no ISR member is left.
import { deepFreeze } from '../core/freeze';
import type { ControllerState, PartitionMeta } from '../core/state';

export function isUnfenced(controller: ControllerState, id: number): boolean {
  const b = controller.brokers[String(id)];
  return !!b && b.registered && !b.fenced;
}

export type ElectionKind = 'clean' | 'unclean' | 'preferred' | 'none';

export interface ElectionResult {
  leader: number | null;
  isr: number[];
  kind: ElectionKind;
}

/** Removes a fenced broker from the ISR and re-elects if it led; the ISR is never made empty. */
export function electAfterFencing(controller: ControllerState, meta: PartitionMeta, fenced: number, unclean: boolean): ElectionResult {
  let isr = meta.isr.filter((id) => id !== fenced);
  if (isr.length === 0) isr = meta.isr; // without ELR the last ISR member stays, and the partition goes offline
  if (meta.leader !== fenced && meta.leader !== null) return { leader: meta.leader, isr, kind: 'none' };
  return elect(controller, { ...meta, isr }, unclean);
}

export function elect(controller: ControllerState, meta: PartitionMeta, unclean: boolean): ElectionResult {
  const clean = meta.replicas.find((id) => meta.isr.includes(id) && isUnfenced(controller, id));
  if (clean !== undefined) return { leader: clean, isr: meta.isr, kind: 'clean' };
  if (unclean) {
    const live = meta.replicas.find((id) => isUnfenced(controller, id));
    if (live !== undefined) return { leader: live, isr: [live], kind: 'unclean' };
  }
  return { leader: null, isr: meta.isr, kind: 'none' };
}

/** Preferred-leader election: replicas[0] if it is in the ISR and unfenced. */
export function electPreferred(controller: ControllerState, meta: PartitionMeta): ElectionResult {
  const preferred = meta.replicas[0];
  if (meta.leader !== preferred && meta.isr.includes(preferred) && isUnfenced(controller, preferred)) {
    return { leader: preferred, isr: meta.isr, kind: 'preferred' };
  }
  return { leader: meta.leader, isr: meta.isr, kind: 'none' };
}

/** Applies an election result; every leader change bumps the leader epoch. */
export function applyElection(meta: PartitionMeta, result: ElectionResult): PartitionMeta | null {
  const leaderChanged = result.leader !== meta.leader;
  const isrChanged = result.isr.join(',') !== meta.isr.join(',');
  if (!leaderChanged && !isrChanged) return null;
  // Frozen: partition metadata is replaced on every change, never edited, so checkpoints share it.
  return deepFreeze({
    ...meta,
    leader: result.leader,
    isr: result.isr,
    leaderEpoch: leaderChanged ? meta.leaderEpoch + 1 : meta.leaderEpoch,
    partitionEpoch: meta.partitionEpoch + 1,
  });
}
