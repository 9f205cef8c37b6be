// ISR changes proposed by the leader (Partition.maybeExpandIsr / maybeShrinkIsr) through
// AlterPartition; the controller decides. While a proposal is in flight the leader uses the
// "maximal" ISR (KIP-497) for its HW.
import { brokerNode, cancelTimer, type RowText, setTimer } from '../core/context';
import type { NetBody } from '../core/events';
import { send } from '../core/network';
import type { BrokerState, ReplicaState, SimState } from '../core/state';
import { tpKey } from '../core/state';
import { brokerConfig, fmtList } from './config';
import { isCaughtUp, maybeIncrementHighWatermark } from './highWatermark';
import { logEndOffset } from './replicaLog';

/** AlterPartitionManager gives up on an unanswered proposal and lets the leader propose again. */
const ALTER_PARTITION_TIMEOUT_MS = 5000;

function propose(state: SimState, broker: BrokerState, r: ReplicaState, newIsr: number[]): void {
  r.pendingIsr = newIsr;
  setTimer(state, state.timeMs + ALTER_PARTITION_TIMEOUT_MS, { type: 'alterPartitionTimeout', broker: broker.id, topic: r.topic, partition: r.partition });
  send(state, brokerNode(broker.id), 'controller', {
    type: 'AlterPartition', broker: broker.id, topic: r.topic, partition: r.partition,
    leaderEpoch: r.leaderEpoch, partitionEpoch: r.partitionEpoch, newIsr,
  });
}

function inAssignmentOrder(state: SimState, r: ReplicaState, ids: number[]): number[] {
  const replicas = state.controller.partitions[tpKey(r.topic, r.partition)]?.replicas ?? ids;
  return replicas.filter((id) => ids.includes(id));
}

/** isFollowerInSync + isReplicaIsrEligible: LEO ≥ HW and ≥ the epoch start, broker unfenced. */
export function maybeExpandIsr(state: SimState, broker: BrokerState, r: ReplicaState, follower: number): string | null {
  if (r.pendingIsr || r.isr.includes(follower)) return null;
  const f = r.followers[follower];
  if (!f || f.logEndOffset < r.highWatermark || f.logEndOffset < r.leaderEpochStartOffset) return null;
  if (broker.fencedBrokers.includes(follower)) return null;
  const newIsr = inAssignmentOrder(state, r, [...r.isr, follower]);
  propose(state, broker, r, newIsr);
  return `broker ${follower} caught up on ${tpKey(r.topic, r.partition)}: asked the controller to grow the ISR to ${fmtList(newIsr)}`;
}

export function scheduleIsrExpiration(state: SimState, broker: number): void {
  const periodMs = Math.max(1, Math.floor(brokerConfig(state).replicaLagTimeMaxMs / 2));
  setTimer(state, state.timeMs + periodMs, { type: 'isrExpiration', broker });
}

/** The isr-expiration task: drop followers not caught up within replica.lag.time.max.ms. */
export function checkIsrExpiration(state: SimState, broker: BrokerState): RowText {
  scheduleIsrExpiration(state, broker.id);
  const shrunk: string[] = [];
  for (const r of Object.values(broker.replicas)) {
    if (r.role !== 'leader' || r.pendingIsr) continue;
    const outOfSync = r.isr.filter((id) => id !== broker.id && !isCaughtUp(state, r, String(id)));
    if (outOfSync.length === 0) continue;
    const newIsr = r.isr.filter((id) => !outOfSync.includes(id));
    propose(state, broker, r, newIsr);
    shrunk.push(`${tpKey(r.topic, r.partition)}: broker ${outOfSync.join(', ')} not caught up for ${brokerConfig(state).replicaLagTimeMaxMs} ms → propose ISR ${fmtList(newIsr)}`);
  }
  return {
    component: `Broker ${broker.id}`,
    action: 'Checked its followers for lag (isr-expiration)',
    messageState: shrunk.length > 0 ? 'ISR shrink proposed to the controller' : 'Every follower is in sync',
    output: shrunk.length > 0 ? shrunk.join('; ') : 'No change',
    routine: shrunk.length === 0,
  };
}

type AlterPartitionResponse = Extract<NetBody, { type: 'AlterPartitionResponse' }>;

export function handleAlterPartitionResponse(state: SimState, broker: BrokerState, res: AlterPartitionResponse): RowText {
  const tp = tpKey(res.topic, res.partition);
  const r = broker.replicas[tp];
  const component = `Broker ${broker.id}`;
  if (r?.role !== 'leader') {
    return { component, action: `Got the controller's answer on the ISR of ${tp}`, messageState: 'No longer the leader', output: 'Ignored' };
  }
  r.pendingIsr = null;
  cancelTimer(state, { type: 'alterPartitionTimeout', broker: broker.id, topic: r.topic, partition: r.partition });
  if (res.error) {
    return { component, action: `The controller refused the ISR change for ${tp}`, messageState: `ISR stays ${fmtList(r.isr)}`, output: res.error };
  }
  const before = r.isr;
  r.isr = res.meta.isr;
  r.partitionEpoch = res.meta.partitionEpoch;
  const hwBefore = r.highWatermark;
  maybeIncrementHighWatermark(state, broker, r);
  return {
    component,
    action: `ISR of ${tp} is now ${fmtList(r.isr)} (was ${fmtList(before)})`,
    messageState: `LEO ${logEndOffset(r)}, HW ${hwBefore === r.highWatermark ? r.highWatermark : `${hwBefore}→${r.highWatermark}`}`,
    output: `Partition epoch ${r.partitionEpoch}`,
  };
}

export function alterPartitionTimedOut(broker: BrokerState, tp: string): RowText | null {
  const r = broker.replicas[tp];
  if (!r?.pendingIsr) return null;
  const proposed = r.pendingIsr;
  r.pendingIsr = null;
  return {
    component: `Broker ${broker.id}`,
    action: `No answer from the controller on the ISR change for ${tp} (${fmtList(proposed)})`,
    messageState: `ISR stays ${fmtList(r.isr)} for now`,
    output: 'Will propose again at the next check',
  };
}
