// Partition.fetchRecords' read on the leader: the fetcher's leader epoch first (KIP-320), then a
// follower's divergence, then the offset's range (LocalLog.read), then the records: a consumer
// (replicaId -1, FetchIsolation.HIGH_WATERMARK) only below the HW, a follower up to the LEO.
import { describe, expect, it } from 'vitest';
import type { FetchPartitionReq } from '../core/state';
import type { FetchPartitionResp } from '../core/wire';
import { appendRecords, brokerOf, clusterState, inStep, replicaOf, storedRecord } from '../testkit/stateBuilders.testkit';
import { divergingEpoch, hasNews, leaderError, MAX_RECORDS_PER_FETCH, readPartition } from './fetchRead';

const CONSUMER = -1;
const FOLLOWER = 2;

function part(fetchOffset: number, extra: Partial<FetchPartitionReq> = {}): FetchPartitionReq {
  return { topic: 't', partition: 0, fetchOffset, lastFetchedEpoch: -1, currentLeaderEpoch: 0, ...extra };
}

/** Broker 1 leads t-0 (epoch 0) with `records` records and the given HW. */
function leader(records = 5, highWatermark = 3) {
  const state = inStep(clusterState(), 1000);
  const r = replicaOf(state, 1);
  appendRecords(r, records);
  r.highWatermark = highWatermark;
  return { state, r, broker: brokerOf(state, 1) };
}

/** The worked example of kafka-semantics §1.7: epoch cache [(0,0),(1,1),(2,2)], LEO 3, leading in epoch 2. */
function leaderOfThreeEpochs() {
  const { state, r, broker } = leader(0, 0);
  for (const epoch of [0, 1, 2]) appendRecords(r, 1, epoch);
  r.leaderEpoch = 2;
  r.highWatermark = 3;
  return { state, r, broker };
}

const offsetsOf = (res: FetchPartitionResp) => res.records.map((x) => x.offset);

describe('a consumer read (replicaId -1)', () => {
  it('returns records from its offset up to the HW, never the uncommitted ones past it', () => {
    const { r, broker } = leader(5, 3);
    const res = readPartition(broker, part(1), CONSUMER);
    expect(offsetsOf(res)).toEqual([1, 2]);
    expect(res).toMatchObject({ error: null, divergingEpoch: null, highWatermark: 3, logStartOffset: 0, logEndOffset: 5 });
    expect(r.highWatermark).toBe(3);
  });

  it.each([3, 4, 5])('at offset %i (from the HW to the LEO) is empty, without an error', (offset) => {
    const { broker } = leader(5, 3);
    const res = readPartition(broker, part(offset), CONSUMER);
    expect(res).toMatchObject({ error: null, records: [], divergingEpoch: null });
  });

  it(`returns at most ${MAX_RECORDS_PER_FETCH} records, however far the HW is`, () => {
    const { broker } = leader(MAX_RECORDS_PER_FETCH + 20, MAX_RECORDS_PER_FETCH + 20);
    const res = readPartition(broker, part(10), CONSUMER);
    expect(res.records).toHaveLength(MAX_RECORDS_PER_FETCH);
    expect(res.records[0].offset).toBe(10);
  });

  it('is never checked for divergence: it validates its position with OffsetsForLeaderEpoch instead', () => {
    const { broker } = leaderOfThreeEpochs();
    expect(readPartition(broker, part(1, { currentLeaderEpoch: 2 }), CONSUMER)).toMatchObject({ error: null, divergingEpoch: null });
  });
});

describe('a follower read (replicaId ≥ 0)', () => {
  it('returns records up to the leader’s LEO, past the HW (FetchIsolation.LOG_END)', () => {
    const { broker } = leader(5, 3);
    const res = readPartition(broker, part(1, { lastFetchedEpoch: 0 }), FOLLOWER);
    expect(offsetsOf(res)).toEqual([1, 2, 3, 4]);
    expect(res).toMatchObject({ error: null, highWatermark: 3, logEndOffset: 5 });
  });

  it(`returns at most ${MAX_RECORDS_PER_FETCH} records`, () => {
    const { broker } = leader(MAX_RECORDS_PER_FETCH + 5, 0);
    expect(readPartition(broker, part(0), FOLLOWER).records).toHaveLength(MAX_RECORDS_PER_FETCH);
  });

  it('at the leader’s LEO is empty, without an error', () => {
    const { broker } = leader(5, 3);
    expect(readPartition(broker, part(5, { lastFetchedEpoch: 0 }), FOLLOWER)).toMatchObject({ error: null, records: [] });
  });
});

describe('the offset’s range (LocalLog.read)', () => {
  it.each([['a consumer', CONSUMER], ['a follower', FOLLOWER]])('past the LEO is OFFSET_OUT_OF_RANGE for %s', (_, replicaId) => {
    const { broker } = leader(5, 3);
    expect(readPartition(broker, part(6), replicaId)).toMatchObject({ error: 'OFFSET_OUT_OF_RANGE', records: [], logStartOffset: 0, logEndOffset: 5 });
  });

  it('below the log start offset is OFFSET_OUT_OF_RANGE; at it, the first records are read', () => {
    const { r, broker } = leader(0, 0);
    r.logStartOffset = 4; // retention deleted offsets 0..3
    appendRecords(r, 3);
    r.highWatermark = 7;
    expect(readPartition(broker, part(3), CONSUMER)).toMatchObject({ error: 'OFFSET_OUT_OF_RANGE', records: [], logStartOffset: 4 });
    expect(offsetsOf(readPartition(broker, part(4), CONSUMER))).toEqual([4, 5, 6]);
  });
});

describe('the fetcher’s leader epoch (KIP-320)', () => {
  it.each([
    ['an older epoch is fenced', -1, 'FENCED_LEADER_EPOCH'],
    ['a newer epoch is unknown', 1, 'UNKNOWN_LEADER_EPOCH'],
  ])('%s: no records, but the leader’s offsets', (_, currentLeaderEpoch, error) => {
    const { broker } = leader(5, 3);
    const res = readPartition(broker, part(0, { currentLeaderEpoch }), FOLLOWER);
    expect(res).toEqual({ topic: 't', partition: 0, error, records: [], highWatermark: 3, logStartOffset: 0, logEndOffset: 5, divergingEpoch: null });
  });

  it('is checked before the offset: a stale fetcher past the LEO is fenced, not out of range', () => {
    const { broker } = leader(5, 3);
    expect(readPartition(broker, part(9, { currentLeaderEpoch: -1 }), CONSUMER).error).toBe('FENCED_LEADER_EPOCH');
  });

  it('a broker that only follows the partition answers NOT_LEADER_OR_FOLLOWER, even in the right epoch', () => {
    const { state } = leader(5, 3);
    appendRecords(replicaOf(state, 2), 5);
    expect(readPartition(brokerOf(state, 2), part(0), CONSUMER)).toMatchObject({ error: 'NOT_LEADER_OR_FOLLOWER', records: [] });
  });

  it('leaderError: only a leader in exactly the fetcher’s epoch may answer', () => {
    const { r } = leader();
    r.leaderEpoch = 4;
    expect([3, 4, 5].map((epoch) => leaderError(r, epoch))).toEqual(['FENCED_LEADER_EPOCH', null, 'UNKNOWN_LEADER_EPOCH']);
    expect(leaderError(undefined, 4)).toBe('NOT_LEADER_OR_FOLLOWER');
    r.role = 'follower';
    expect(leaderError(r, 4)).toBe('NOT_LEADER_OR_FOLLOWER');
  });
});

describe('a follower’s divergence (KIP-320 diverging epoch)', () => {
  it('a follower whose last epoch ends before its fetch offset gets that epoch and its end offset, and no records', () => {
    const { broker } = leaderOfThreeEpochs();
    // On the leader epoch 1 ends at 2 (epoch 2 starts there): the follower's offset 2 of epoch 1 is not the leader's.
    const res = readPartition(broker, part(3, { lastFetchedEpoch: 1, currentLeaderEpoch: 2 }), FOLLOWER);
    expect(res).toMatchObject({ error: null, records: [], divergingEpoch: { epoch: 1, endOffset: 2 } });
  });

  it('a follower whose last epoch ends exactly at its fetch offset reads on', () => {
    const { broker } = leaderOfThreeEpochs();
    const res = readPartition(broker, part(2, { lastFetchedEpoch: 1, currentLeaderEpoch: 2 }), FOLLOWER);
    expect(res.divergingEpoch).toBeNull();
    expect(offsetsOf(res)).toEqual([2]);
  });

  it('an epoch the leader never saw is answered with the largest epoch below it (KIP-279), before any range check', () => {
    const { r, broker } = leader(2, 2); // epoch 0 at offsets 0..1
    appendRecords(r, 1, 2); // epoch 2 from offset 2: the leader never saw epoch 1
    r.leaderEpoch = 2;
    const res = readPartition(broker, part(4, { lastFetchedEpoch: 1, currentLeaderEpoch: 2 }), FOLLOWER);
    expect(res).toMatchObject({ error: null, divergingEpoch: { epoch: 0, endOffset: 2 } });
  });

  it('divergingEpoch: none for a fetcher without a last epoch, or at the end of the leader’s latest epoch', () => {
    const { r } = leaderOfThreeEpochs();
    expect(divergingEpoch(r, part(3))).toBeNull();
    expect(divergingEpoch(r, part(3, { lastFetchedEpoch: 2 }))).toBeNull();
    expect(divergingEpoch(r, part(3, { lastFetchedEpoch: 0 }))).toEqual({ epoch: 0, endOffset: 1 });
  });
});

describe('whether an answer is news (DelayedFetch)', () => {
  const empty = (extra: Partial<FetchPartitionResp> = {}): FetchPartitionResp => ({
    topic: 't', partition: 0, error: null, records: [], highWatermark: 3, logStartOffset: 0, logEndOffset: 5, divergingEpoch: null, ...extra,
  });

  it('empty answers are not, even with a higher HW: the fetch waits', () => {
    expect(hasNews([empty(), empty({ partition: 1, highWatermark: 9 })])).toBe(false);
  });

  it('one partition with records, an error or a diverging epoch is', () => {
    expect(hasNews([empty(), empty({ records: [storedRecord(3)] })])).toBe(true);
    expect(hasNews([empty(), empty({ error: 'NOT_LEADER_OR_FOLLOWER' })])).toBe(true);
    expect(hasNews([empty({ divergingEpoch: { epoch: 0, endOffset: 1 } })])).toBe(true);
  });
});
