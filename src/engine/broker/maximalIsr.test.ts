// KIP-497's maximal ISR: while an AlterPartition is in flight the leader counts a proposed addition
// at once, but a proposed removal only once the controller accepts it. Both the HW rule and the
// acks=all answer (min.insync.replicas) use it, so neither runs ahead of what the controller may decide.
import { describe, expect, it } from 'vitest';
import { appendRecords, brokerOf, clusterState, eventsOf, followerAt, inStep, mark, metaOf, NEVER_CAUGHT_UP, replicaOf, rowEventsOf, sentOfType } from '../testkit/stateBuilders.testkit';
import { maybeIncrementHighWatermark } from './highWatermark';
import { handleAlterPartitionResponse } from './isr';
import { maximalIsr } from './maximalIsr';

/**
 * Broker 1 leads t-0 with 5 records at 1000 ms, HW 0. Follower 2 has them all; follower 3 has 2
 * and has not been caught up for longer than replica.lag.time.max.ms, so only ISR membership makes
 * it hold the HW back.
 */
function leader(config: Record<string, unknown> = {}) {
  const state = inStep(clusterState({ cluster: { brokers: 3, config } }), 1000);
  const r = replicaOf(state, 1);
  appendRecords(r, 5);
  followerAt(r, 2, 5, 1000);
  followerAt(r, 3, 2, NEVER_CAUGHT_UP);
  return { state, r, broker: brokerOf(state, 1) };
}

describe('the maximal ISR', () => {
  it('is the ISR itself when nothing is in flight', () => {
    const { r } = leader();
    r.isr = [1, 2];
    expect(maximalIsr(r)).toEqual([1, 2]);
  });

  it('adds a pending expansion’s new replicas to the ISR', () => {
    const { r } = leader();
    r.isr = [1, 2];
    r.pendingIsr = [1, 2, 3];
    expect(maximalIsr(r)).toEqual([1, 2, 3]);
  });

  it('keeps every current member while a shrink is pending', () => {
    const { r } = leader();
    r.pendingIsr = [1, 2];
    expect(maximalIsr(r)).toEqual([1, 2, 3]);
  });

  it('is the union when a proposal both removes and adds', () => {
    const { r } = leader();
    r.isr = [1, 3];
    r.pendingIsr = [1, 2];
    expect(maximalIsr(r)).toEqual([1, 3, 2]);
  });
});

describe('the HW while an AlterPartition is in flight', () => {
  it.each([
    ['with 3 proposed for the ISR, 3’s LEO holds it', [1, 2, 3], 2],
    ['with nothing proposed, 3 (lagging, outside the ISR) does not', null, 5],
  ])('%s', (_, pendingIsr, hw) => {
    const { state, r, broker } = leader();
    r.isr = [1, 2];
    r.pendingIsr = pendingIsr;
    expect(maybeIncrementHighWatermark(state, broker, r)).toBe(hw);
    expect(eventsOf(state, 'HighWatermarkAdvanced')).toEqual([expect.objectContaining({ broker: 1, offset: hw, detail: `0→${hw}` })]);
  });

  it('a pending shrink does not let the HW pass the replica it removes until the controller accepts it', () => {
    const { state, r, broker } = leader();
    r.pendingIsr = [1, 2];
    expect(maybeIncrementHighWatermark(state, broker, r)).toBe(2);
    inStep(state, 1010);
    handleAlterPartitionResponse(state, broker, { type: 'AlterPartitionResponse', topic: 't', partition: 0, error: null, meta: { ...metaOf(state), isr: [1, 2], partitionEpoch: 1 } });
    expect(r.pendingIsr).toBeNull();
    expect(r.highWatermark).toBe(5);
    expect(eventsOf(state, 'HighWatermarkAdvanced')).toEqual([expect.objectContaining({ offset: 5, detail: '2→5' })]);
    expect(rowEventsOf(state, 'LeaderIsrUpdated')).toEqual([expect.objectContaining({ isrBefore: [1, 2, 3], isr: [1, 2], hwBefore: 2, hwAfter: 5 })]);
  });
});

describe('acks=all answers under min.insync.replicas', () => {
  // Without strict min ISR (before Kafka 3.7) the HW moves with ISR = {1}, so the answer's check is what is left.
  const config = { 'min.insync.replicas': 2, 'kafkascope.strict.min.isr': false };

  it.each([
    ['a proposed addition counts: the write is acknowledged', [1, 3], 2, null, 0],
    ['without it the ISR is too small: NOT_ENOUGH_REPLICAS_AFTER_APPEND', null, 5, 'NOT_ENOUGH_REPLICAS_AFTER_APPEND', -1],
  ])('%s', (_, pendingIsr, hw, error, baseOffset) => {
    const { state, r, broker } = leader(config);
    r.isr = [1];
    r.pendingIsr = pendingIsr;
    broker.purgatory = [{ requestId: 7, producer: 'p1', tp: 't-0', baseOffset: 0, lastOffset: 1, expiresAtMs: 30000 }];
    const since = mark(state);
    expect(maybeIncrementHighWatermark(state, broker, r)).toBe(hw);
    expect(sentOfType(state, since, 'ProduceResponse')).toEqual([{ type: 'ProduceResponse', requestId: 7, topic: 't', partition: 0, error, baseOffset }]);
    expect(broker.purgatory).toEqual([]);
  });
});
