// DelayedProduce: parked acks=all writes are answered when the HW passes them, with
// NOT_ENOUGH_REPLICAS_AFTER_APPEND if the ISR shrank below min.insync.replicas meanwhile, with
// NOT_LEADER_OR_FOLLOWER when leadership moves, and REQUEST_TIMED_OUT when they expire.
import { describe, expect, it } from 'vitest';
import type { PendingProduce } from '../core/state';
import { appendRecords, brokerOf, clusterState, eventTypes, inStep, mark, replicaOf, sentOfType, timerAt } from '../testkit/stateBuilders.testkit';
import { completeProduceRequests, expireProduceRequest, failProduceRequests, parkProduce } from './purgatory';

function parked(config: Record<string, unknown> = {}) {
  const state = inStep(clusterState({
    cluster: { brokers: 3, config },
    topics: [{ name: 't', partitions: 2, replicationFactor: 3, assignment: [[1, 2, 3], [1, 2, 3]] }],
  }), 100);
  const broker = brokerOf(state, 1);
  const write = (requestId: number, tp: string, baseOffset: number, lastOffset: number): PendingProduce => ({ requestId, producer: 'p1', tp, baseOffset, lastOffset, expiresAtMs: 5000 });
  parkProduce(state, broker, write(1, 't-0', 0, 1));
  parkProduce(state, broker, write(2, 't-0', 2, 2));
  parkProduce(state, broker, write(3, 't-1', 0, 0));
  const r = replicaOf(state, 1, 't-0');
  appendRecords(r, 3);
  return { state, broker, r };
}

describe('parking a write', () => {
  it('keeps it on the leader with a timer at its expiry', () => {
    const { state, broker } = parked();
    expect(broker.purgatory.map((p) => p.requestId)).toEqual([1, 2, 3]);
    expect(timerAt(state, { type: 'produceTimeout', broker: 1, requestId: 2 })).toEqual({ atMs: 5000, timer: { type: 'produceTimeout', broker: 1, requestId: 2 } });
  });
});

describe('completing parked writes', () => {
  it('answers, with the base offset, exactly the writes of that partition below the HW, and cancels their timers', () => {
    const { state, broker, r } = parked();
    r.highWatermark = 2;
    const since = mark(state);
    expect(completeProduceRequests(state, broker, r).map((p) => p.requestId)).toEqual([1]);
    expect(sentOfType(state, since, 'ProduceResponse')).toEqual([{ type: 'ProduceResponse', requestId: 1, topic: 't', partition: 0, error: null, baseOffset: 0 }]);
    expect(broker.purgatory.map((p) => p.requestId)).toEqual([2, 3]);
    expect(timerAt(state, { type: 'produceTimeout', broker: 1, requestId: 1 })).toBeNull();
    expect(eventTypes(state)).toEqual([]);
  });

  it('answers NOT_ENOUGH_REPLICAS_AFTER_APPEND when the ISR fell below min.insync.replicas after the append', () => {
    const { state, broker, r } = parked({ 'min.insync.replicas': 2 });
    r.isr = [1];
    r.highWatermark = 3;
    const since = mark(state);
    completeProduceRequests(state, broker, r);
    expect(sentOfType(state, since, 'ProduceResponse').map((x) => [x.requestId, x.error, x.baseOffset])).toEqual([
      [1, 'NOT_ENOUGH_REPLICAS_AFTER_APPEND', -1],
      [2, 'NOT_ENOUGH_REPLICAS_AFTER_APPEND', -1],
    ]);
  });
});

describe('a leader losing leadership', () => {
  it('fails the parked writes of that partition only', () => {
    const { state, broker } = parked();
    const since = mark(state);
    expect(failProduceRequests(state, broker, 't-0', 'NOT_LEADER_OR_FOLLOWER')).toBe(2);
    expect(sentOfType(state, since, 'ProduceResponse').map((x) => [x.requestId, x.error])).toEqual([[1, 'NOT_LEADER_OR_FOLLOWER'], [2, 'NOT_LEADER_OR_FOLLOWER']]);
    expect(broker.purgatory.map((p) => p.requestId)).toEqual([3]);
  });
});

describe('expiry', () => {
  it('answers REQUEST_TIMED_OUT and forgets the write; the records stay in the log', () => {
    const { state, broker, r } = parked();
    const since = mark(state);
    expect(expireProduceRequest(state, broker, 2)?.requestId).toBe(2);
    expect(sentOfType(state, since, 'ProduceResponse')).toEqual([expect.objectContaining({ requestId: 2, error: 'REQUEST_TIMED_OUT', baseOffset: -1 })]);
    expect(broker.purgatory.map((p) => p.requestId)).toEqual([1, 3]);
    expect(r.log.length).toBe(3);
  });

  it('of a write already answered does nothing', () => {
    const { state, broker } = parked();
    expect(expireProduceRequest(state, broker, 99)).toBeNull();
  });
});
