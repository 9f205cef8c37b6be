// Partition.maybeIncrementLeaderHW: the HW is the smallest LEO over the ISR and caught-up replicas,
// held while the ISR is below min.insync.replicas (strict min ISR, Kafka ≥ 3.7), never backwards.
import { describe, expect, it } from 'vitest';
import { appendRecords, brokerOf, clusterState, eventTypes, eventsOf, followerAt, inStep, mark, NEVER_CAUGHT_UP, replicaOf, sentOfType } from '../testkit/stateBuilders.testkit';
import { maybeIncrementHighWatermark, maximalIsr } from './highWatermark';

/** Broker 1 leads t-0 with 5 records at 1000 ms; followers 2 and 3 fetched up to the given LEOs. */
function leaderWith(follower2: number, follower3: number, config: Record<string, unknown> = {}) {
  const state = inStep(clusterState({ cluster: { brokers: 3, config } }), 1000);
  const r = replicaOf(state, 1);
  appendRecords(r, 5);
  followerAt(r, 2, follower2, 1000);
  followerAt(r, 3, follower3, 1000);
  return { state, r, broker: brokerOf(state, 1) };
}

describe('the leader high watermark', () => {
  it('is the smallest log end offset in the ISR; HighWatermarkAdvanced carries the new HW and the move', () => {
    const { state, r, broker } = leaderWith(3, 4);
    expect(maybeIncrementHighWatermark(state, broker, r)).toBe(3);
    expect(r.highWatermark).toBe(3);
    expect(eventsOf(state)).toEqual([{ type: 'HighWatermarkAdvanced', topic: 't', partition: 0, broker: 1, offset: 3, from: 0, detail: '0→3', step: state.step, timeMs: 1000 }]);
  });

  it('never moves backwards', () => {
    const { state, r, broker } = leaderWith(3, 4);
    r.highWatermark = 4;
    expect(maybeIncrementHighWatermark(state, broker, r)).toBeNull();
    expect(r.highWatermark).toBe(4);
    expect(eventTypes(state)).toEqual([]);
  });

  it('does not move while the ISR is smaller than min.insync.replicas (strict min ISR)', () => {
    const { state, r, broker } = leaderWith(5, 5, { 'min.insync.replicas': 2 });
    r.isr = [1];
    expect(maybeIncrementHighWatermark(state, broker, r)).toBeNull();
    expect(eventTypes(state)).toEqual([]);
  });

  it('moves with a small ISR when kafkascope.strict.min.isr is off (Kafka before 3.7)', () => {
    const { state, r, broker } = leaderWith(0, 0, { 'min.insync.replicas': 2, 'kafkascope.strict.min.isr': false });
    r.isr = [1];
    followerAt(r, 2, 0, NEVER_CAUGHT_UP);
    followerAt(r, 3, 0, NEVER_CAUGHT_UP);
    expect(maybeIncrementHighWatermark(state, broker, r)).toBe(5);
  });

  it('waits for a caught-up replica outside the ISR, which is about to join it', () => {
    const { state, r, broker } = leaderWith(5, 1);
    r.isr = [1, 2];
    expect(maybeIncrementHighWatermark(state, broker, r)).toBe(1);
  });

  it('ignores a replica outside the ISR that is not caught up, or whose broker is fenced', () => {
    const lagging = leaderWith(5, 1);
    lagging.r.isr = [1, 2];
    followerAt(lagging.r, 3, 1, NEVER_CAUGHT_UP);
    expect(maybeIncrementHighWatermark(lagging.state, lagging.broker, lagging.r)).toBe(5);
    const fenced = leaderWith(5, 1);
    fenced.r.isr = [1, 2];
    fenced.broker.fencedBrokers = [3];
    expect(maybeIncrementHighWatermark(fenced.state, fenced.broker, fenced.r)).toBe(5);
  });

  it('is only the leader’s to move: a follower replica returns null', () => {
    const state = inStep(clusterState(), 1000);
    const r = replicaOf(state, 2);
    appendRecords(r, 3);
    expect(maybeIncrementHighWatermark(state, brokerOf(state, 2), r)).toBeNull();
    expect(r.highWatermark).toBe(0);
  });

  it('answers the acks=all writes it now covers (DelayedProduce completes)', () => {
    const { state, r, broker } = leaderWith(2, 2);
    broker.purgatory = [
      { requestId: 7, producer: 'p1', tp: 't-0', baseOffset: 0, lastOffset: 1, expiresAtMs: 30000 },
      { requestId: 8, producer: 'p1', tp: 't-0', baseOffset: 2, lastOffset: 4, expiresAtMs: 30000 },
    ];
    const since = mark(state);
    maybeIncrementHighWatermark(state, broker, r);
    expect(sentOfType(state, since, 'ProduceResponse').map((x) => [x.requestId, x.error, x.baseOffset])).toEqual([[7, null, 0]]);
    expect(broker.purgatory.map((p) => p.requestId)).toEqual([8]);
  });
});

describe('the maximal ISR (KIP-497)', () => {
  it('counts a pending expansion at once, but not a pending shrink', () => {
    const { r } = leaderWith(5, 5);
    r.isr = [1, 2];
    r.pendingIsr = [1, 2, 3];
    expect(maximalIsr(r)).toEqual([1, 2, 3]);
    r.isr = [1, 2, 3];
    r.pendingIsr = [1, 2];
    expect(maximalIsr(r)).toEqual([1, 2, 3]);
  });
});
