// Partition.appendRecordsToLeader: a leader checks leadership, min ISR (acks=all) and the
// idempotent producer's sequence, appends, then answers at once (acks=1) or parks (acks=all).
import { brokerNode, emit, type RowText } from '../core/context';
import type { NetBody } from '../core/events';
import { send } from '../core/network';
import type { BrokerState, SimState, StoredRecord } from '../core/state';
import { tpKey } from '../core/state';
import { effectiveMinIsr, fmtList, quote, topicSpec } from './config';
import { completeParkedFetches } from './leaderFetch';
import { maybeIncrementHighWatermark } from './highWatermark';
import { parkProduce } from './purgatory';
import { appendBatch, findDuplicateBatch, lastSequence, logEndOffset } from './replicaLog';

type ProduceRequest = Extract<NetBody, { type: 'ProduceRequest' }>;

function reject(state: SimState, broker: BrokerState, req: ProduceRequest, error: string, why: string): RowText {
  if (req.acks !== '0') {
    send(state, brokerNode(broker.id), req.producer, {
      type: 'ProduceResponse', requestId: req.requestId, topic: req.topic, partition: req.partition, error, baseOffset: -1,
    });
  } else {
    // acks=0 has no answer to carry the error: the broker closes the connection (KafkaApis).
    send(state, brokerNode(broker.id), req.producer, { type: 'ConnectionClosed', requestIds: [] });
  }
  return {
    component: `Broker ${broker.id}`,
    action: `Rejected produce of ${req.records.length} record(s) from ${req.producer} to ${req.topic}-${req.partition}`,
    messageState: 'Not stored',
    output: `${error}: ${why}`,
  };
}

export function handleProduceRequest(state: SimState, broker: BrokerState, req: ProduceRequest): RowText {
  const tp = tpKey(req.topic, req.partition);
  const r = broker.replicas[tp];
  if (r?.role !== 'leader') {
    return reject(state, broker, req, 'NOT_LEADER_OR_FOLLOWER', `broker ${broker.id} is not the leader of ${tp}`);
  }
  const minIsr = effectiveMinIsr(state, req.topic);
  if (req.acks === 'all' && r.isr.length < minIsr) {
    return reject(state, broker, req, 'NOT_ENOUGH_REPLICAS', `ISR ${fmtList(r.isr)} has ${r.isr.length} of the ${minIsr} replicas min.insync.replicas requires`);
  }
  const lastSeq = req.producerId >= 0 ? lastSequence(r, req.producerId) : -1;
  const lastReqSeq = req.baseSequence + req.records.length - 1;
  const duplicate = req.producerId >= 0 ? findDuplicateBatch(r, req.producerId, req.baseSequence, lastReqSeq) : null;
  if (!duplicate && req.producerId >= 0 && lastSeq >= 0 && req.baseSequence !== lastSeq + 1) {
    return reject(state, broker, req, 'OUT_OF_ORDER_SEQUENCE_NUMBER', `expected sequence ${lastSeq + 1}, got ${req.baseSequence}`);
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
  const hwText = r.highWatermark !== hwBefore ? `HW ${hwBefore}→${r.highWatermark}` : `HW ${r.highWatermark}`;
  const what = req.records.length === 1 ? quote(req.records[0].value) : `${req.records.length} records`;
  let output: string;
  if (req.acks === '0') {
    output = 'acks=0: no answer is sent';
  } else if (req.acks === '1' || lastOffset < r.highWatermark) {
    send(state, brokerNode(broker.id), req.producer, {
      type: 'ProduceResponse', requestId: req.requestId, topic: req.topic, partition: req.partition, error: null, baseOffset,
    });
    output = req.acks === '1' ? `acks=1: ack sent to ${req.producer} at once (followers may not have it yet)` : `Committed: ack sent to ${req.producer}`;
  } else {
    parkProduce(state, broker, {
      requestId: req.requestId, producer: req.producer, tp, baseOffset, lastOffset, expiresAtMs: state.timeMs + req.timeoutMs,
    });
    output = `acks=all: ack waits until ISR ${fmtList(r.isr)} has it (HW > ${lastOffset})`;
  }
  if (duplicate) {
    return {
      component: `Broker ${broker.id}`,
      action: `Recognised a retried batch from ${req.producer} (producer id ${req.producerId}, sequence ${req.baseSequence}) already stored in ${tp} at offset ${baseOffset}`,
      messageState: 'Already stored: not appended again (idempotence)',
      output,
    };
  }
  return {
    component: `Broker ${broker.id}`,
    action: `Appended ${what} to ${tp} at offset ${baseOffset}${lastOffset > baseOffset ? `–${lastOffset}` : ''} as leader (epoch ${r.leaderEpoch})`,
    messageState: `Stored on the leader; LEO ${leoBefore}→${logEndOffset(r)}, ${hwText}`,
    output,
  };
}
