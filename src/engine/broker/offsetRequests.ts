// ListOffsets and OffsetsForLeaderEpoch on a partition's leader: where a log starts and where its
// HW is (read_uncommitted's "latest" is the HW, never the raw LEO), and where a leader epoch ends
// in the leader-epoch cache (KIP-320 position validation). Consumers ask; the leader must lead in
// the epoch they know.
import { brokerNode, emit, type Played } from '../core/context';
import { send } from '../core/network';
import type { BrokerState, SimState } from '../core/state';
import { tpKey } from '../core/state';
import type { Wire } from '../core/wire';
import { leaderError } from './fetchRead';
import { endOffsetForEpoch, recordAt } from './replicaLog';

export function handleListOffsets(state: SimState, broker: BrokerState, from: string, req: Wire<'ListOffsetsRequest'>): Played {
  const partitions = req.partitions.map((p) => {
    const r = broker.replicas[tpKey(p.topic, p.partition)];
    const error = leaderError(r, p.currentLeaderEpoch);
    if (error) return { topic: p.topic, partition: p.partition, error, offset: -1, leaderEpoch: -1 };
    // "latest" is the HW for read_uncommitted, never the raw LEO.
    const offset = p.timestamp === 'earliest' ? r.logStartOffset : r.highWatermark;
    return { topic: p.topic, partition: p.partition, error: null, offset, leaderEpoch: recordAt(r, offset - 1)?.leaderEpoch ?? -1 };
  });
  send(state, brokerNode(broker.id), from, { type: 'ListOffsetsResponse', requestId: req.requestId, partitions });
  const told = partitions.map((p, i) => ({ topic: p.topic, partition: p.partition, timestamp: req.partitions[i].timestamp, error: p.error, offset: p.offset }));
  emit(state, { type: 'ListOffsetsAnswered', broker: broker.id, consumer: from, partitions: told });
  return true;
}

export function handleOffsetsForLeaderEpoch(state: SimState, broker: BrokerState, from: string, req: Wire<'OffsetsForLeaderEpochRequest'>): Played {
  const partitions = req.partitions.map((p) => {
    const r = broker.replicas[tpKey(p.topic, p.partition)];
    const error = leaderError(r, p.currentLeaderEpoch);
    if (error) return { topic: p.topic, partition: p.partition, error, leaderEpoch: -1, endOffset: -1 };
    const end = endOffsetForEpoch(r, p.leaderEpoch);
    return { topic: p.topic, partition: p.partition, error: null, leaderEpoch: end.epoch, endOffset: end.endOffset };
  });
  send(state, brokerNode(broker.id), from, { type: 'OffsetsForLeaderEpochResponse', requestId: req.requestId, partitions });
  const told = partitions.map((p, i) => ({ topic: p.topic, partition: p.partition, leaderEpoch: req.partitions[i].leaderEpoch, error: p.error, endOffset: p.endOffset }));
  emit(state, { type: 'OffsetsForLeaderEpochAnswered', broker: broker.id, consumer: from, partitions: told });
  return true;
}
