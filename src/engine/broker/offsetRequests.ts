// ListOffsets and OffsetsForLeaderEpoch on a partition's leader: where a log starts and where its
// HW is (read_uncommitted's "latest" is the HW, never the raw LEO), and where a leader epoch ends
// in the leader-epoch cache (KIP-320 position validation). Consumers ask; the leader must lead in
// the epoch they know.
import { brokerNode, type RowText } from '../core/context';
import { send } from '../core/network';
import type { BrokerState, SimState } from '../core/state';
import { tpKey } from '../core/state';
import type { Wire } from '../core/wire';
import { leaderError } from './fetchRead';
import { endOffsetForEpoch, recordAt } from './replicaLog';

export function handleListOffsets(state: SimState, broker: BrokerState, from: string, req: Wire<'ListOffsetsRequest'>): RowText {
  const partitions = req.partitions.map((p) => {
    const r = broker.replicas[tpKey(p.topic, p.partition)];
    const error = leaderError(r, p.currentLeaderEpoch);
    if (error) return { topic: p.topic, partition: p.partition, error, offset: -1, leaderEpoch: -1 };
    // "latest" is the HW for read_uncommitted, never the raw LEO.
    const offset = p.timestamp === 'earliest' ? r.logStartOffset : r.highWatermark;
    return { topic: p.topic, partition: p.partition, error: null, offset, leaderEpoch: recordAt(r, offset - 1)?.leaderEpoch ?? -1 };
  });
  send(state, brokerNode(broker.id), from, { type: 'ListOffsetsResponse', requestId: req.requestId, partitions });
  const text = partitions.map((p, i) => `${tpKey(p.topic, p.partition)} ${req.partitions[i].timestamp} = ${p.error ?? p.offset}`).join('; ');
  return { component: `Broker ${broker.id}`, action: `Answered ListOffsets from consumer ${from}`, messageState: 'earliest = log start offset, latest = high watermark', output: text };
}

export function handleOffsetsForLeaderEpoch(state: SimState, broker: BrokerState, from: string, req: Wire<'OffsetsForLeaderEpochRequest'>): RowText {
  const partitions = req.partitions.map((p) => {
    const r = broker.replicas[tpKey(p.topic, p.partition)];
    const error = leaderError(r, p.currentLeaderEpoch);
    if (error) return { topic: p.topic, partition: p.partition, error, leaderEpoch: -1, endOffset: -1 };
    const end = endOffsetForEpoch(r, p.leaderEpoch);
    return { topic: p.topic, partition: p.partition, error: null, leaderEpoch: end.epoch, endOffset: end.endOffset };
  });
  send(state, brokerNode(broker.id), from, { type: 'OffsetsForLeaderEpochResponse', requestId: req.requestId, partitions });
  const text = partitions.map((p, i) => `${tpKey(p.topic, p.partition)}: epoch ${req.partitions[i].leaderEpoch} ends at ${p.error ?? p.endOffset}`).join('; ');
  return { component: `Broker ${broker.id}`, action: `Answered OffsetsForLeaderEpoch from consumer ${from}`, messageState: 'From its leader-epoch cache', output: text };
}
