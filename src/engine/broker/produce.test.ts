// Partition.appendRecordsToLeader and the produce path of KafkaApis, one rule per test, on a tiny
// cluster built at time 0 (topic t, replicas [1,2,3], broker 1 leads).
import { describe, expect, it } from 'vitest';
import type { NetBody } from '../core/events';
import type { SimState } from '../core/state';
import { appendRecords, brokerOf, clusterState, eventTypes, eventsOf, inStep, mark, replicaOf, rowOf, sentOfType, sentTo, timerAt } from '../testkit/stateBuilders.testkit';
import { handleProduceRequest } from './produce';
import { logEndOffset } from './replicaLog';

type ProduceRequest = Extract<NetBody, { type: 'ProduceRequest' }>;

function request(extra: Partial<ProduceRequest> = {}, values = ['a']): ProduceRequest {
  return {
    type: 'ProduceRequest', requestId: 900, producer: 'p1', acks: 'all', timeoutMs: 30000, topic: 't', partition: 0,
    producerId: -1, baseSequence: -1,
    records: values.map((value, i) => ({ key: null, value, sendRef: `p1#${i}`, sizeBytes: 71, createdMs: 4 })),
    ...extra,
  };
}

function produceAt(state: SimState, broker: number, req: ProduceRequest) {
  inStep(state, 10);
  const since = mark(state);
  handleProduceRequest(state, brokerOf(state, broker), req);
  return { row: rowOf(state), since };
}

describe('a produce request to a broker that does not lead the partition', () => {
  it('is answered NOT_LEADER_OR_FOLLOWER and appends nothing (the client refreshes its metadata)', () => {
    const state = clusterState();
    const { row, since } = produceAt(state, 2, request());
    expect(eventTypes(state)).toEqual([]);
    expect(logEndOffset(replicaOf(state, 2))).toBe(0);
    expect(sentOfType(state, since, 'ProduceResponse')).toEqual([expect.objectContaining({ requestId: 900, error: 'NOT_LEADER_OR_FOLLOWER', baseOffset: -1 })]);
    expect(row.output).toMatch(/^NOT_LEADER_OR_FOLLOWER/);
  });

  it('with acks=0 has no response to carry the error, so the broker closes the connection', () => {
    const state = clusterState();
    const { since } = produceAt(state, 2, request({ acks: '0' }));
    expect(sentOfType(state, since, 'ProduceResponse')).toEqual([]);
    expect(sentOfType(state, since, 'ConnectionClosed')).toEqual([{ type: 'ConnectionClosed', requestIds: [] }]);
  });
});

describe('min.insync.replicas (acks=all)', () => {
  it('an ISR smaller than min.insync.replicas refuses the write before appending: NOT_ENOUGH_REPLICAS', () => {
    const state = clusterState({ cluster: { brokers: 3, config: { 'min.insync.replicas': 2 } } });
    replicaOf(state, 1).isr = [1];
    const { since } = produceAt(state, 1, request());
    expect(eventTypes(state)).toEqual([]);
    expect(logEndOffset(replicaOf(state, 1))).toBe(0);
    expect(sentOfType(state, since, 'ProduceResponse')[0].error).toBe('NOT_ENOUGH_REPLICAS');
  });

  it('does not apply to acks=1: the leader appends with a one-member ISR', () => {
    const state = clusterState({ cluster: { brokers: 3, config: { 'min.insync.replicas': 2 } } });
    replicaOf(state, 1).isr = [1];
    produceAt(state, 1, request({ acks: '1' }));
    expect(eventTypes(state)).toEqual(['RecordAppended']);
  });
});

describe('the leader appends', () => {
  it('each record gets the next offset, the leader epoch and its CreateTime; one RecordAppended per record', () => {
    const state = clusterState();
    const leader = replicaOf(state, 1);
    appendRecords(leader, 2);
    produceAt(state, 1, request({}, ['a', 'b']));
    expect(eventsOf(state, 'RecordAppended')).toEqual([
      expect.objectContaining({ topic: 't', partition: 0, broker: 1, producer: 'p1', offset: 2, step: state.step, timeMs: 10 }),
      expect.objectContaining({ offset: 3 }),
    ]);
    expect(logEndOffset(leader)).toBe(4);
    expect(leader.log.get(2)).toMatchObject({ value: 'a', leaderEpoch: 0, timestampMs: 4, sendRef: 'p1#0' });
  });

  it('acks=1 answers at once with the base offset, before any follower has the records', () => {
    const state = clusterState();
    const { since } = produceAt(state, 1, request({ acks: '1' }, ['a', 'b']));
    expect(sentOfType(state, since, 'ProduceResponse')).toEqual([expect.objectContaining({ error: null, baseOffset: 0 })]);
    expect(replicaOf(state, 1).highWatermark).toBe(0);
  });

  it('acks=0 sends no answer at all', () => {
    const state = clusterState();
    const { since } = produceAt(state, 1, request({ acks: '0' }));
    expect(eventTypes(state)).toEqual(['RecordAppended']);
    expect(sentTo(state, since, 'p1')).toEqual([]);
  });

  it('acks=all parks the write in purgatory until the HW passes it (DelayedProduce), timing out after the request timeout', () => {
    const state = clusterState();
    const { since } = produceAt(state, 1, request({ timeoutMs: 3000 }, ['a', 'b']));
    expect(sentOfType(state, since, 'ProduceResponse')).toEqual([]);
    expect(brokerOf(state, 1).purgatory).toEqual([{ requestId: 900, producer: 'p1', tp: 't-0', baseOffset: 0, lastOffset: 1, expiresAtMs: 3010 }]);
    expect(timerAt(state, { type: 'produceTimeout', broker: 1, requestId: 900 })?.atMs).toBe(3010);
  });

  it('acks=all with a single-replica ISR commits at once: the HW advances and the ack is sent in the same step', () => {
    const state = clusterState({ topics: [{ name: 't', partitions: 1, replicationFactor: 1 }] });
    const { since } = produceAt(state, 1, request());
    expect(eventTypes(state)).toEqual(['RecordAppended', 'HighWatermarkAdvanced']);
    expect(eventsOf(state, 'HighWatermarkAdvanced')[0]).toMatchObject({ broker: 1, offset: 1, detail: '0→1' });
    expect(sentOfType(state, since, 'ProduceResponse')).toEqual([expect.objectContaining({ error: null, baseOffset: 0 })]);
    expect(brokerOf(state, 1).purgatory).toEqual([]);
  });
});

describe('the idempotent producer (ProducerStateManager)', () => {
  const seq = (baseSequence: number) => request({ producerId: 1000, baseSequence, acks: '1' });

  it('stores the producer id and sequence numbers with each record', () => {
    const state = clusterState();
    produceAt(state, 1, request({ producerId: 1000, baseSequence: 0 }, ['a', 'b']));
    expect(replicaOf(state, 1).log.get(1)).toMatchObject({ producerId: 1000, sequence: 1, baseSequence: 0 });
  });

  it('a retried batch already stored is not appended again; the answer carries its original offset', () => {
    const state = clusterState();
    produceAt(state, 1, seq(0));
    const { since } = produceAt(state, 1, { ...seq(0), requestId: 901 });
    expect(eventTypes(state)).toEqual([]);
    expect(logEndOffset(replicaOf(state, 1))).toBe(1);
    expect(sentOfType(state, since, 'ProduceResponse')).toEqual([expect.objectContaining({ requestId: 901, error: null, baseOffset: 0 })]);
  });

  it('a gap in the sequence is refused: OUT_OF_ORDER_SEQUENCE_NUMBER', () => {
    const state = clusterState();
    produceAt(state, 1, seq(0));
    const { since, row } = produceAt(state, 1, { ...seq(2), requestId: 902 });
    expect(eventTypes(state)).toEqual([]);
    expect(sentOfType(state, since, 'ProduceResponse')[0].error).toBe('OUT_OF_ORDER_SEQUENCE_NUMBER');
    expect(row.output).toContain('expected sequence 1, got 2');
  });

  it('the next sequence in order is appended', () => {
    const state = clusterState();
    produceAt(state, 1, seq(0));
    produceAt(state, 1, { ...seq(1), requestId: 903 });
    expect(eventsOf(state, 'RecordAppended')).toEqual([expect.objectContaining({ offset: 1 })]);
  });
});
