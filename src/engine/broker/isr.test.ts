// The leader's ISR proposals (Partition.maybeExpandIsr / maybeShrinkIsr) sent to the controller as
// AlterPartition, and what the leader does with the answer. The ISR events themselves
// (IsrShrunk, IsrExpanded) are the controller's: the leader only proposes.
import { describe, expect, it } from 'vitest';
import { appendRecords, brokerOf, clusterState, eventTypes, eventsOf, followerAt, inStep, mark, metaOf, NEVER_CAUGHT_UP, replicaOf, rowOf, sentOfType, timerAt } from '../testkit/stateBuilders.testkit';
import { alterPartitionTimedOut, checkIsrExpiration, handleAlterPartitionResponse, maybeExpandIsr } from './isr';

/** Broker 1 leads t-0 with 4 records and HW 2; broker 3 is out of the ISR. */
function leader(atMs = 1000) {
  const state = inStep(clusterState(), atMs);
  const r = replicaOf(state, 1);
  appendRecords(r, 4);
  r.highWatermark = 2;
  r.isr = [1, 2];
  followerAt(r, 2, 4, atMs);
  return { state, r, broker: brokerOf(state, 1) };
}

describe('ISR expansion (isFollowerInSync, isReplicaIsrEligible)', () => {
  it('a follower whose LEO reached the HW is proposed back, the new ISR in assignment order', () => {
    const { state, r, broker } = leader();
    followerAt(r, 3, 2);
    const since = mark(state);
    expect(maybeExpandIsr(state, broker, r, 3)).toContain('[1,2,3]');
    expect(sentOfType(state, since, 'AlterPartition')).toEqual([{ type: 'AlterPartition', broker: 1, topic: 't', partition: 0, leaderEpoch: 0, partitionEpoch: 0, newIsr: [1, 2, 3] }]);
    expect(r.pendingIsr).toEqual([1, 2, 3]);
    expect(r.isr).toEqual([1, 2]);
    expect(timerAt(state, { type: 'alterPartitionTimeout', broker: 1, topic: 't', partition: 0 })?.atMs).toBe(6000);
    expect(eventTypes(state)).toEqual([]);
  });

  it('a follower below the HW is not in sync yet', () => {
    const { state, r, broker } = leader();
    followerAt(r, 3, 1);
    expect(maybeExpandIsr(state, broker, r, 3)).toBeNull();
    expect(r.pendingIsr).toBeNull();
  });

  it('a follower below the start of the leader’s epoch is not in sync yet', () => {
    const { state, r, broker } = leader();
    r.leaderEpochStartOffset = 4;
    followerAt(r, 3, 3);
    expect(maybeExpandIsr(state, broker, r, 3)).toBeNull();
  });

  it('a fenced broker is not eligible', () => {
    const { state, r, broker } = leader();
    broker.fencedBrokers = [3];
    followerAt(r, 3, 4);
    expect(maybeExpandIsr(state, broker, r, 3)).toBeNull();
  });

  it('nothing is proposed while another proposal is in flight', () => {
    const { state, r, broker } = leader();
    r.pendingIsr = [1];
    followerAt(r, 3, 4);
    expect(maybeExpandIsr(state, broker, r, 3)).toBeNull();
  });
});

describe('ISR shrink (the isr-expiration task)', () => {
  it('proposes without a follower not caught up within replica.lag.time.max.ms', () => {
    const { state, r, broker } = leader(40000);
    r.isr = [1, 2, 3];
    followerAt(r, 3, 1, 5000);
    const since = mark(state);
    checkIsrExpiration(state, broker);
    const row = rowOf(state);
    expect(sentOfType(state, since, 'AlterPartition').map((a) => a.newIsr)).toEqual([[1, 2]]);
    expect(r.pendingIsr).toEqual([1, 2]);
    expect(row.routine).toBe(false);
    expect(row.output).toContain('broker 3 not caught up for 30000 ms');
  });

  it('keeps a follower caught up within replica.lag.time.max.ms, and runs again every half of it', () => {
    const { state, r, broker } = leader(20000);
    r.isr = [1, 2, 3];
    followerAt(r, 3, 1, 5000);
    const since = mark(state);
    checkIsrExpiration(state, broker);
    const row = rowOf(state);
    expect(sentOfType(state, since, 'AlterPartition')).toEqual([]);
    expect(row.routine).toBe(true);
    expect(timerAt(state, { type: 'isrExpiration', broker: 1 })?.atMs).toBe(35000);
  });

  it('a follower that never fetched counts as lagging once the lag time has passed', () => {
    const { state, r, broker } = leader(40000);
    r.isr = [1, 2, 3];
    followerAt(r, 3, -1, NEVER_CAUGHT_UP);
    checkIsrExpiration(state, broker);
    expect(r.pendingIsr).toEqual([1, 2]);
  });
});

describe("the controller's answer", () => {
  it('accepted: the leader takes the ISR and partition epoch it returns, and the HW may move with the new ISR', () => {
    const { state, r, broker } = leader();
    r.isr = [1, 2, 3];
    followerAt(r, 3, 0, NEVER_CAUGHT_UP);
    r.pendingIsr = [1, 2];
    const meta = { ...metaOf(state), isr: [1, 2], partitionEpoch: 1 };
    handleAlterPartitionResponse(state, broker, { type: 'AlterPartitionResponse', topic: 't', partition: 0, error: null, meta });
    expect(r).toMatchObject({ isr: [1, 2], partitionEpoch: 1, pendingIsr: null, highWatermark: 4 });
    expect(eventsOf(state)).toEqual([expect.objectContaining({ type: 'HighWatermarkAdvanced', offset: 4, detail: '2→4' })]);
    expect(timerAt(state, { type: 'alterPartitionTimeout', broker: 1, topic: 't', partition: 0 })).toBeNull();
  });

  it('refused: the ISR stays and the proposal is cleared so the leader can propose again', () => {
    const { state, r, broker } = leader();
    r.pendingIsr = [1, 2, 3];
    handleAlterPartitionResponse(state, broker, { type: 'AlterPartitionResponse', topic: 't', partition: 0, error: 'INVALID_UPDATE_VERSION', meta: metaOf(state) });
    const row = rowOf(state);
    expect(r.isr).toEqual([1, 2]);
    expect(r.pendingIsr).toBeNull();
    expect(row.output).toBe('INVALID_UPDATE_VERSION');
  });

  it('ignored by a broker that no longer leads the partition', () => {
    const state = inStep(clusterState(), 1000);
    const r = replicaOf(state, 2);
    handleAlterPartitionResponse(state, brokerOf(state, 2), { type: 'AlterPartitionResponse', topic: 't', partition: 0, error: null, meta: { ...metaOf(state), isr: [2] } });
    expect(r.isr).toEqual([]);
  });

  it('none within the timeout: the proposal is dropped', () => {
    const { state, r, broker } = leader();
    r.pendingIsr = [1, 2, 3];
    expect(alterPartitionTimedOut(state, broker, 't-0')).toBe(true);
    expect(rowOf(state).output).toBe('Will propose again at the next check');
    expect(r.pendingIsr).toBeNull();
    expect(alterPartitionTimedOut(state, broker, 't-0')).toBeNull();
  });
});
