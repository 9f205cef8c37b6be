// A broker applying the controller's metadata (KRaft PartitionChange records, or ZooKeeper-era
// LeaderAndIsr): become leader (Partition.makeLeader) or follower, and follow ISR changes; and
// answering any client's Metadata request from that cache, which may be stale.
import { brokerNode, emit, type RowText } from '../core/context';
import { send } from '../core/network';
import type { Wire } from '../core/wire';
import type { BrokerState, PartitionMeta, ReplicaState, SimState } from '../core/state';
import { tpKey } from '../core/state';
import { fmtList } from './config';
import { ensureFetching } from './follower';
import { maybeIncrementHighWatermark } from './highWatermark';
import { failProduceRequests } from './purgatory';
import { assignEpochStart, logEndOffset, NEVER_MS, newReplica } from './replicaLog';

function makeLeader(state: SimState, broker: BrokerState, r: ReplicaState, meta: PartitionMeta): string {
  r.role = 'leader';
  r.leader = broker.id;
  r.leaderEpoch = meta.leaderEpoch;
  r.isr = meta.isr;
  r.pendingIsr = null;
  r.partitionEpoch = meta.partitionEpoch;
  r.leaderEpochStartOffset = logEndOffset(r);
  assignEpochStart(r, meta.leaderEpoch, logEndOffset(r));
  r.followers = {};
  for (const id of meta.replicas) {
    if (id === broker.id) continue;
    r.followers[String(id)] = {
      logEndOffset: -1,
      lastCaughtUpTimeMs: meta.isr.includes(id) ? state.timeMs : NEVER_MS,
      lastFetchLeaderLogEndOffset: -1,
      lastFetchTimeMs: NEVER_MS,
    };
  }
  emit(state, { type: 'BecameLeader', topic: r.topic, partition: r.partition, broker: broker.id, detail: `epoch ${meta.leaderEpoch}` });
  maybeIncrementHighWatermark(state, broker, r);
  return `leads ${tpKey(r.topic, r.partition)} (epoch ${meta.leaderEpoch}, ISR ${fmtList(meta.isr)}, LEO ${logEndOffset(r)}, HW ${r.highWatermark})`;
}

function makeFollower(state: SimState, broker: BrokerState, r: ReplicaState, meta: PartitionMeta): string {
  const tp = tpKey(r.topic, r.partition);
  const wasLeader = r.role === 'leader';
  r.role = 'follower';
  r.leader = meta.leader;
  r.leaderEpoch = meta.leaderEpoch;
  r.isr = [];
  r.pendingIsr = null;
  r.followers = {};
  if (wasLeader) failProduceRequests(state, broker, tp, 'NOT_LEADER_OR_FOLLOWER');
  return meta.leader === null ? `${tp} is offline (no leader)` : `follows broker ${meta.leader} for ${tp} (epoch ${meta.leaderEpoch})`;
}

function applyPartition(state: SimState, broker: BrokerState, meta: PartitionMeta): string | null {
  const tp = tpKey(meta.topic, meta.partition);
  broker.metadata[tp] = meta;
  if (!meta.replicas.includes(broker.id)) return null;
  let r = broker.replicas[tp];
  if (!r) r = broker.replicas[tp] = newReplica(meta.topic, meta.partition);
  if (meta.leader === broker.id) {
    if (r.role !== 'leader' || r.leaderEpoch < meta.leaderEpoch) return makeLeader(state, broker, r, meta);
    if (meta.partitionEpoch > r.partitionEpoch) {
      r.isr = meta.isr;
      r.partitionEpoch = meta.partitionEpoch;
      maybeIncrementHighWatermark(state, broker, r);
    }
    return null;
  }
  if (r.role !== 'follower' || r.leader !== meta.leader || r.leaderEpoch < meta.leaderEpoch) return makeFollower(state, broker, r, meta);
  return null;
}

type MetadataUpdate = Wire<'MetadataUpdate'>;

export function handleMetadataUpdate(state: SimState, broker: BrokerState, update: MetadataUpdate): RowText {
  if (update.offset < broker.metadataOffset) {
    return { component: `Broker ${broker.id}`, action: `Ignored stale metadata (offset ${update.offset}; it has ${broker.metadataOffset})`, messageState: 'Metadata cache unchanged', output: 'No change', routine: true };
  }
  broker.metadataOffset = update.offset;
  broker.fencedBrokers = update.fencedBrokers;
  const changes = update.partitions.map((m) => applyPartition(state, broker, m)).filter((c): c is string => c !== null);
  ensureFetching(state, broker);
  return {
    component: `Broker ${broker.id}`,
    action: `Applied metadata from the controller (${update.reason})`,
    messageState: changes.length > 0 ? 'Role changed' : 'Metadata cache updated',
    output: changes.length > 0 ? `Now ${changes.join('; ')}` : 'No change to its own replicas',
    routine: changes.length === 0,
  };
}

/** Metadata from a producer or a consumer: every partition the broker's cache knows, as it knows it. */
export function handleMetadataRequest(state: SimState, broker: BrokerState, from: string, req: Wire<'MetadataRequest'>): RowText {
  const partitions = Object.values(broker.metadata);
  const partitionCounts: Record<string, number> = {};
  for (const m of partitions) partitionCounts[m.topic] = Math.max(partitionCounts[m.topic] ?? 0, m.partition + 1);
  send(state, brokerNode(broker.id), from, { type: 'MetadataResponse', requestId: req.requestId, partitions, partitionCounts });
  const leaders = partitions.map((m) => `${tpKey(m.topic, m.partition)}→${m.leader ?? 'none'}`).join(', ');
  const asker = state.consumers.some((c) => c.id === from) ? `consumer ${from}` : from;
  return { component: `Broker ${broker.id}`, action: `Answered a metadata request from ${asker}`, messageState: 'From its metadata cache', output: leaders ? `Leaders: ${leaders}` : 'It knows no partitions yet' };
}
