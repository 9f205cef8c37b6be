// The leader answering a follower's fetch (Partition.fetchRecords, Replica.updateFetchStateOrThrow):
// leader-epoch checks (KIP-320), divergence, the follower's LEO and catch-up time, ISR and HW
// growth, and long polling (replica.fetch.wait.max.ms).
import { describe, expect, it } from 'vitest';
import type { BrokerState, FetchPartitionReq, SimState } from '../core/state';
import { appendRecords, brokerOf, rowOf, clusterState, eventTypes, eventsOf, followerAt, inStep, mark, replicaOf, sentOfType, timerAt } from '../testkit/stateBuilders.testkit';
import { completeConsumerFetches, dropConsumerFetches } from './fetchPurgatory';
import { completeParkedFetches, expireParkedFetch, handleFetch, MAX_RECORDS_PER_FETCH } from './leaderFetch';

/** The request ids of the fetches a broker holds, in the order it holds them. */
const heldIds = (b: BrokerState) => b.parkedFetches.map((p) => String(p.requestId));
/** The fetch a broker holds under this request id. */
const held = (b: BrokerState, requestId: number) => b.parkedFetches.find((p) => p.requestId === requestId);

function part(fetchOffset: number, extra: Partial<FetchPartitionReq> = {}): FetchPartitionReq {
  return { topic: 't', partition: 0, fetchOffset, lastFetchedEpoch: fetchOffset > 0 ? 0 : -1, currentLeaderEpoch: 0, ...extra };
}

/** Broker 1 leads t-0 with `records` records at 1000 ms. */
function leader(records = 3) {
  const state = inStep(clusterState(), 1000);
  const r = replicaOf(state, 1);
  appendRecords(r, records);
  return { state, r, broker: brokerOf(state, 1) };
}

function fetchFrom(follower: number, parts: FetchPartitionReq[], requestId = 50) {
  return { type: 'FetchRequest' as const, requestId, replicaId: follower, brokerEpoch: follower, maxWaitMs: 500, partitions: parts };
}

function handleFollowerFetch(state: SimState, broker: BrokerState, req: ReturnType<typeof fetchFrom>) {
  return handleFetch(state, broker, `broker-${req.replicaId}`, req);
}

/** A consumer's fetch (replicaId -1): no last fetched epoch, its own wait. */
function consumerFetch(fetchOffset: number, maxWaitMs = 300, requestId = 60) {
  return { type: 'FetchRequest' as const, requestId, replicaId: -1, brokerEpoch: -1, maxWaitMs, partitions: [part(fetchOffset, { lastFetchedEpoch: -1 })] };
}

describe('a follower fetch with records to send', () => {
  it('is answered with the records from the fetch offset and the HW from before the fetch moved it', () => {
    const { state, r, broker } = leader();
    followerAt(r, 3, 3, 1000);
    const since = mark(state);
    handleFollowerFetch(state, broker, fetchFrom(2, [part(1)]));
    const [res] = sentOfType(state, since, 'FetchResponse');
    expect(res.partitions[0]).toMatchObject({ error: null, highWatermark: 0, divergingEpoch: null });
    expect(res.partitions[0].records.map((x) => x.offset)).toEqual([1, 2]);
    expect(r.highWatermark).toBe(1);
    expect(eventsOf(state)).toEqual([expect.objectContaining({ type: 'HighWatermarkAdvanced', offset: 1, detail: '0→1' })]);
  });

  it('records the follower’s LEO (its fetch offset) and, at the leader’s LEO, when it was caught up', () => {
    const { state, r, broker } = leader();
    handleFollowerFetch(state, broker, fetchFrom(2, [part(3)]));
    expect(r.followers['2']).toEqual({ logEndOffset: 3, lastCaughtUpTimeMs: 1000, lastFetchLeaderLogEndOffset: 3, lastFetchTimeMs: 1000 });
  });

  it(`sends at most ${MAX_RECORDS_PER_FETCH} records per partition`, () => {
    const { state, broker } = leader(MAX_RECORDS_PER_FETCH + 5);
    const since = mark(state);
    handleFollowerFetch(state, broker, fetchFrom(2, [part(0)]));
    expect(sentOfType(state, since, 'FetchResponse')[0].partitions[0].records).toHaveLength(MAX_RECORDS_PER_FETCH);
  });

  it('a caught-up follower outside the ISR is proposed back into it', () => {
    const { state, r, broker } = leader();
    r.isr = [1, 2];
    r.highWatermark = 3;
    const since = mark(state);
    handleFollowerFetch(state, broker, fetchFrom(3, [part(3)]));
    expect(sentOfType(state, since, 'AlterPartition').map((a) => a.newIsr)).toEqual([[1, 2, 3]]);
  });
});

describe('leader-epoch validation (KIP-320)', () => {
  it.each([
    ['an older epoch', -1, 'FENCED_LEADER_EPOCH'],
    ['a newer epoch', 1, 'UNKNOWN_LEADER_EPOCH'],
  ])('a fetch with %s is answered %s and does not count as the follower’s progress', (_, epoch, error) => {
    const { state, r, broker } = leader();
    const since = mark(state);
    handleFollowerFetch(state, broker, fetchFrom(2, [part(3, { currentLeaderEpoch: epoch })]));
    expect(sentOfType(state, since, 'FetchResponse')[0].partitions[0].error).toBe(error);
    expect(r.followers['2'].logEndOffset).toBe(-1);
  });

  it('a broker that does not lead the partition answers NOT_LEADER_OR_FOLLOWER', () => {
    const { state } = leader();
    const since = mark(state);
    handleFollowerFetch(state, brokerOf(state, 2), fetchFrom(3, [part(0)]));
    expect(sentOfType(state, since, 'FetchResponse')[0].partitions[0].error).toBe('NOT_LEADER_OR_FOLLOWER');
  });

  it('a follower whose last epoch ends earlier on the leader gets the diverging epoch and where it ends', () => {
    const { state, r, broker } = leader();
    r.leaderEpoch = 1;
    appendRecords(r, 1, 1); // epoch 0 ends at offset 3, epoch 1 starts there
    const since = mark(state);
    handleFollowerFetch(state, broker, fetchFrom(2, [part(5, { lastFetchedEpoch: 0, currentLeaderEpoch: 1 })]));
    expect(sentOfType(state, since, 'FetchResponse')[0].partitions[0]).toMatchObject({ error: null, records: [], divergingEpoch: { epoch: 0, endOffset: 3 } });
    expect(r.followers['2'].logEndOffset).toBe(-1);
  });

  it('a fetch offset beyond the leader’s log end is OFFSET_OUT_OF_RANGE', () => {
    const { state, broker } = leader();
    const since = mark(state);
    handleFollowerFetch(state, broker, fetchFrom(2, [part(7, { lastFetchedEpoch: -1 })]));
    expect(sentOfType(state, since, 'FetchResponse')[0].partitions[0].error).toBe('OFFSET_OUT_OF_RANGE');
  });
});

describe('long polling (replica.fetch.wait.max.ms)', () => {
  it('a fetch with nothing new is held, not answered, until the wait is over', () => {
    const { state, broker } = leader();
    const since = mark(state);
    handleFollowerFetch(state, broker, fetchFrom(2, [part(3)]));
    expect(sentOfType(state, since, 'FetchResponse')).toEqual([]);
    expect(held(broker, 50)).toMatchObject({ from: 'broker-2', expiresAtMs: 1500 });
    expect(timerAt(state, { type: 'fetchWaitExpired', broker: 1, requestId: 50 })?.atMs).toBe(1500);
    expect(rowOf(state)).toEqual({ component: 'Broker 1', action: 'Received fetch from broker 2 (t-0@3)', messageState: 'Broker 2 is caught up', output: 'Nothing new: holding the fetch up to 500 ms', routine: true });
  });

  it('new records wake the held fetch at once and cancel its timer', () => {
    const { state, r, broker } = leader();
    handleFollowerFetch(state, broker, fetchFrom(2, [part(3)]));
    appendRecords(r, 1);
    const since = mark(state);
    completeParkedFetches(state, broker);
    expect(sentOfType(state, since, 'FetchResponse')[0].partitions[0].records.map((x) => x.offset)).toEqual([3]);
    expect(broker.parkedFetches).toEqual([]);
    expect(timerAt(state, { type: 'fetchWaitExpired', broker: 1, requestId: 50 })).toBeNull();
  });

  it('a held fetch with still nothing new stays held', () => {
    const { state, broker } = leader();
    handleFollowerFetch(state, broker, fetchFrom(2, [part(3)]));
    completeParkedFetches(state, broker);
    expect(heldIds(broker)).toEqual(['50']);
  });

  it('at the end of the wait the held fetch is answered empty, with the current HW', () => {
    const { state, r, broker } = leader();
    handleFollowerFetch(state, broker, fetchFrom(2, [part(3)]));
    r.highWatermark = 2;
    const since = mark(state);
    expect(expireParkedFetch(state, broker, 50)).toBe(true);
    expect(rowOf(state)).toMatchObject({ action: 'Answered the held fetch from broker-2 after replica.fetch.wait.max.ms', routine: true });
    expect(sentOfType(state, since, 'FetchResponse')[0].partitions[0]).toMatchObject({ records: [], highWatermark: 2 });
    expect(eventTypes(state)).toEqual([]);
    expect(expireParkedFetch(state, broker, 50)).toBeNull();
  });
});

describe('a consumer fetch (replicaId -1)', () => {
  it('reads only below the HW and moves no follower state, ISR or HW', () => {
    const { state, r, broker } = leader(5);
    r.highWatermark = 3;
    const followersBefore = structuredClone(r.followers);
    const since = mark(state);
    handleFetch(state, broker, 'c1', consumerFetch(1));
    const [res] = sentOfType(state, since, 'FetchResponse');
    expect(res.partitions[0].records.map((x) => x.offset)).toEqual([1, 2]);
    expect(res.partitions[0]).toMatchObject({ error: null, highWatermark: 3 });
    expect(r.followers).toEqual(followersBefore);
    expect(r.highWatermark).toBe(3);
    expect(rowOf(state)).toEqual({ component: 'Broker 1', action: 'Received fetch from consumer c1 (t-0@1)', messageState: 'Only records below the high watermark are returned', output: 'Sent 2 record(s) of t-0 (offsets 1–2), HW 3' });
  });

  it('between the HW and the LEO is held in the broker’s fetch purgatory, under its fetch.max.wait.ms', () => {
    const { state, r, broker } = leader(5);
    r.highWatermark = 3;
    const since = mark(state);
    handleFetch(state, broker, 'c1', consumerFetch(3));
    expect(sentOfType(state, since, 'FetchResponse')).toEqual([]);
    expect(held(broker, 60)).toMatchObject({ replicaId: -1, from: 'c1', expiresAtMs: 1300 });
    expect(timerAt(state, { type: 'fetchWaitExpired', broker: 1, requestId: 60 })?.timer).toEqual({ type: 'fetchWaitExpired', broker: 1, requestId: 60 });
  });

  it('with fetch.max.wait.ms 0 is answered empty at once', () => {
    const { state, r, broker } = leader(5);
    r.highWatermark = 3;
    const since = mark(state);
    handleFetch(state, broker, 'c1', consumerFetch(3, 0));
    expect(sentOfType(state, since, 'FetchResponse')[0].partitions[0].records).toEqual([]);
    expect(broker.parkedFetches).toEqual([]);
  });

  it('is woken when the HW passes its offset, not when the log merely grows', () => {
    const { state, r, broker } = leader(3);
    r.highWatermark = 3;
    handleFetch(state, broker, 'c1', consumerFetch(3));
    appendRecords(r, 2);
    completeParkedFetches(state, broker);
    expect(heldIds(broker)).toEqual(['60']);
    r.highWatermark = 4;
    const since = mark(state);
    completeConsumerFetches(state, broker, r);
    expect(sentOfType(state, since, 'FetchResponse')[0].partitions[0].records.map((x) => x.offset)).toEqual([3]);
    expect(broker.parkedFetches).toEqual([]);
    expect(timerAt(state, { type: 'fetchWaitExpired', broker: 1, requestId: 60 })).toBeNull();
  });

  it('answered at the end of its wait tells the consumer there is nothing new', () => {
    const { state, r, broker } = leader(3);
    r.highWatermark = 3;
    handleFetch(state, broker, 'c1', consumerFetch(3));
    expect(expireParkedFetch(state, broker, 60)).toBe(true);
    expect(rowOf(state)).toMatchObject({ action: 'Answered the held fetch from consumer c1 after fetch.max.wait.ms', output: 't-0: nothing new (HW 3)', routine: true });
  });

  it('is forgotten when its consumer stops, and its wait then ends with no step', () => {
    const { state, r, broker } = leader(3);
    r.highWatermark = 3;
    handleFetch(state, broker, 'c1', consumerFetch(3));
    handleFollowerFetch(state, broker, fetchFrom(2, [part(3)]));
    dropConsumerFetches(state, 'c1');
    expect(heldIds(broker)).toEqual(['50']);
    expect(expireParkedFetch(state, broker, 60)).toBeNull();
  });
});
