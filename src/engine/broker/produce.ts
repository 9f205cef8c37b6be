// Partition.appendRecordsToLeader: a leader checks leadership, min ISR (acks=all) and the
// idempotent producer's sequence, appends, then answers at once (acks=1) or parks (acks=all).
import { brokerNode, emit, type Played } from '../core/context';
import type { NetBody } from '../core/events';
import { send } from '../core/network';
import type { BrokerState, SimState, StoredRecord } from '../core/state';
import { tpKey } from '../core/state';
import { effectiveMinIsr, topicSpec } from './config';
import type { ProduceRejection } from '../rowEvents';
import { completeParkedFetches } from './leaderFetch';
import { maybeIncrementHighWatermark } from './highWatermark';
import { parkProduce } from './purgatory';
import { appendBatch, findDuplicateBatch, lastSequence, logEndOffset } from './replicaLog';

type ProduceRequest = Extract<NetBody, { type: 'ProduceRequest' }>;

function reject(state: SimState, broker: BrokerState, req: ProduceRequest, reason: ProduceRejection): Played {
  if (req.acks !== '0') {
    send(state, brokerNode(broker.id), req.producer, {
      type: 'ProduceResponse', requestId: req.requestId, topic: req.topic, partition: req.partition, error: reason.error, baseOffset: -1,
    });
  } else {
    // acks=0 has no answer to carry the error: the broker closes the connection (KafkaApis).
    send(state, brokerNode(broker.id), req.producer, { type: 'ConnectionClosed', requestIds: [] });
  }
  emit(state, { type: 'ProduceRejected', broker: broker.id, producer: req.producer, topic: req.topic, partition: req.partition, records: req.records.length, reason });
  return true;
}

export function handleProduceRequest(state: SimState, broker: BrokerState, req: ProduceRequest): Played {
  const tp = tpKey(req.topic, req.partition);
  const r = broker.replicas[tp];
  if (r?.role !== 'leader') return reject(state, broker, req, { error: 'NOT_LEADER_OR_FOLLOWER' });
  const minIsr = effectiveMinIsr(state, req.topic);
  if (req.acks === 'all' && r.isr.length < minIsr) return reject(state, broker, req, { error: 'NOT_ENOUGH_REPLICAS', isr: r.isr, minIsr });
  const lastSeq = req.producerId >= 0 ? lastSequence(r, req.producerId) : -1;
  const lastReqSeq = req.baseSequence + req.records.length - 1;
  const duplicate = req.producerId >= 0 ? findDuplicateBatch(r, req.producerId, req.baseSequence, lastReqSeq) : null;
  if (!duplicate && req.producerId >= 0 && lastSeq >= 0 && req.baseSequence !== lastSeq + 1) {
    return reject(state, broker, req, { error: 'OUT_OF_ORDER_SEQUENCE_NUMBER', expected: lastSeq + 1, got: req.baseSequence });
  }
  const leoBefore = logEndOffset(r);
  let baseOffset: number;
  let lastOffset: number;
  if (duplicate) {
    baseOffset = duplicate.firstOffset;
    lastOffset = duplicate.lastOffset;
  } else {
    const records: StoredRecord[] = req.records.map((rec, i) => ({
      offset: leoBefore + i,
      key: rec.key,
      value: rec.value,
      leaderEpoch: r.leaderEpoch,
      // message.timestamp.type=CreateTime: the producer's timestamp, which retention.ms measures.
      timestampMs: rec.createdMs,
      sizeBytes: rec.sizeBytes,
      producerId: req.producerId,
      sequence: req.producerId >= 0 ? req.baseSequence + i : -1,
      baseSequence: req.producerId >= 0 ? req.baseSequence : -1,
      sendRef: rec.sendRef,
    }));
    appendBatch(r, records, topicSpec(state, req.topic).config.segmentBytes);
    for (const rec of records) {
      emit(state, { type: 'RecordAppended', topic: req.topic, partition: req.partition, broker: broker.id, producer: req.producer, offset: rec.offset });
    }
    baseOffset = leoBefore;
    lastOffset = leoBefore + records.length - 1;
    completeParkedFetches(state, broker);
  }
  const hwBefore = r.highWatermark;
  maybeIncrementHighWatermark(state, broker, r);
  let answer: 'none' | 'atOnce' | 'committed' | 'parked';
  if (req.acks === '0') {
    answer = 'none';
  } else if (req.acks === '1' || lastOffset < r.highWatermark) {
    send(state, brokerNode(broker.id), req.producer, {
      type: 'ProduceResponse', requestId: req.requestId, topic: req.topic, partition: req.partition, error: null, baseOffset,
    });
    answer = req.acks === '1' ? 'atOnce' : 'committed';
  } else {
    parkProduce(state, broker, {
      requestId: req.requestId, producer: req.producer, tp, baseOffset, lastOffset, expiresAtMs: state.timeMs + req.timeoutMs,
    });
    answer = 'parked';
  }
  if (state.rowEvents) {
    emit(state, {
      type: 'ProduceAccepted', broker: broker.id, producer: req.producer, topic: req.topic, partition: req.partition, offset: baseOffset, lastOffset,
      duplicate: duplicate !== null, records: req.records.length, value: req.records.length === 1 ? req.records[0].value : null,
      leaderEpoch: r.leaderEpoch, producerId: req.producerId, baseSequence: req.baseSequence,
      leoBefore, leoAfter: logEndOffset(r), hwBefore, hwAfter: r.highWatermark, answer, isr: r.isr,
    });
  }
  return true;
}
