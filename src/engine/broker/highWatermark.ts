// Partition.maybeIncrementLeaderHW: the HW is the smallest log end offset over the (maximal) ISR
// and any caught-up replica about to join it; under strict min ISR (Kafka ≥ 3.7) it does not move
// while the ISR is smaller than min.insync.replicas. It never moves backwards on a leader.
import { emit } from '../core/context';
import type { BrokerState, FollowerState, ReplicaState, SimState } from '../core/state';
import { brokerConfig, effectiveMinIsr } from './config';
import { logEndOffset } from './replicaLog';
import { maximalIsr } from './maximalIsr';
import { completeProduceRequests } from './purgatory';
import { completeConsumerFetches } from './fetchPurgatory';

export { maximalIsr };

export function isCaughtUp(state: SimState, r: ReplicaState, follower: string): boolean {
  const f = r.followers[follower];
  return f !== undefined && followerCaughtUp(state, r, f);
}

function followerCaughtUp(state: SimState, r: ReplicaState, f: FollowerState): boolean {
  return f.logEndOffset === logEndOffset(r) || state.timeMs - f.lastCaughtUpTimeMs <= brokerConfig(state).replicaLagTimeMaxMs;
}

/** Returns the new HW if it moved, else null. */
export function maybeIncrementHighWatermark(state: SimState, broker: BrokerState, r: ReplicaState): number | null {
  if (r.role !== 'leader') return null;
  if (brokerConfig(state).strictMinIsr && r.isr.length < effectiveMinIsr(state, r.topic)) return null;
  let newHw = logEndOffset(r);
  const isr = maximalIsr(r);
  // Followers are keyed by broker id: walking the ids visits them in for-in's order (ascending, as
  // the keys are indexes) without listing the keys, and this runs on every follower fetch.
  for (let id = 1; id <= state.brokers.length; id++) {
    const f = r.followers[id];
    if (f === undefined || f.logEndOffset >= newHw) continue;
    if (isr.includes(id) || (followerCaughtUp(state, r, f) && !broker.fencedBrokers.includes(id))) newHw = f.logEndOffset;
  }
  if (newHw <= r.highWatermark) return null;
  const old = r.highWatermark;
  r.highWatermark = newHw;
  emit(state, { type: 'HighWatermarkAdvanced', topic: r.topic, partition: r.partition, broker: broker.id, offset: newHw, from: old, detail: `${old}→${newHw}` });
  completeProduceRequests(state, broker, r);
  completeConsumerFetches(state, broker, r);
  return newHw;
}
