// DelayedFetch: a fetch with nothing to return is held on the leader until there is something or
// its wait (replica.fetch.wait.max.ms, fetch.max.wait.ms) is over. The simulator has no
// fetch.min.bytes: one record is enough. A follower's fetch wakes when the leader's log grows or
// the broker stops leading; a consumer's only when the HW passes its offset.
import { describe, expect, it } from 'vitest';
import type { BrokerState, FetchPartitionReq, SimState } from '../core/state';
import type { FetchPartitionResp } from '../core/wire';
import { appendRecords, brokerOf, clusterState, eventTypes, inStep, mark, replicaOf, rowEventsOf, sentOfType, sentSince, timerAt } from '../testkit/stateBuilders.testkit';
import { completeConsumerFetches, completeParkedFetches, dropConsumerFetches, expireParkedFetch, fetchedPartitions, parkFetch } from './fetchPurgatory';

/** The request ids of the fetches a broker holds, in the order it holds them. */
const heldIds = (b: BrokerState) => b.parkedFetches.map((p) => String(p.requestId));
/** The fetch a broker holds under this request id. */
const held = (b: BrokerState, requestId: number) => b.parkedFetches.find((p) => p.requestId === requestId);

function part(partition: number, fetchOffset: number, extra: Partial<FetchPartitionReq> = {}): FetchPartitionReq {
  return { topic: 't', partition, fetchOffset, lastFetchedEpoch: -1, currentLeaderEpoch: 0, ...extra };
}

function fetchRequest(replicaId: number, partitions: FetchPartitionReq[], requestId: number, maxWaitMs = 500) {
  return { type: 'FetchRequest' as const, requestId, replicaId, brokerEpoch: replicaId, maxWaitMs, partitions };
}

/** Broker 1 leads t-0 and t-1 at 1000 ms; each holds 3 records, all committed; consumers c1 and c2 exist. */
function leader() {
  const state = inStep(clusterState({
    topics: [{ name: 't', partitions: 2, replicationFactor: 3, assignment: [[1, 2, 3], [1, 2, 3]] }],
    consumers: [{ id: 'c1', groupId: 'g', topics: ['t'] }, { id: 'c2', groupId: 'g', topics: ['t'] }],
  }), 1000);
  for (const tp of ['t-0', 't-1']) {
    const r = replicaOf(state, 1, tp);
    appendRecords(r, 3);
    r.highWatermark = 3;
  }
  return { state, broker: brokerOf(state, 1), r0: replicaOf(state, 1, 't-0'), r1: replicaOf(state, 1, 't-1') };
}

/** Holds a follower's fetch (broker 2) at the LEO of both partitions, as request 50. */
function holdFollowerFetch(state: SimState, broker: BrokerState, requestId = 50) {
  parkFetch(state, broker, 'broker-2', fetchRequest(2, [part(0, 3, { lastFetchedEpoch: 0 }), part(1, 3, { lastFetchedEpoch: 0 })], requestId));
}

function holdConsumerFetch(state: SimState, broker: BrokerState, consumer: string, requestId: number, partitions = [part(0, 3)]) {
  parkFetch(state, broker, consumer, fetchRequest(-1, partitions, requestId, 300));
}

const waitKey = (broker: number, requestId: number) => ({ type: 'fetchWaitExpired' as const, broker, requestId });

describe('holding a fetch', () => {
  it('keeps it on the broker with a wait timer at now + its max wait, and sends and emits nothing', () => {
    const { state, broker } = leader();
    const since = mark(state);
    holdFollowerFetch(state, broker);
    expect(held(broker, 50)).toEqual({ requestId: 50, replicaId: 2, from: 'broker-2', expiresAtMs: 1500, partitions: [part(0, 3, { lastFetchedEpoch: 0 }), part(1, 3, { lastFetchedEpoch: 0 })] });
    expect(timerAt(state, waitKey(1, 50))).toEqual({ atMs: 1500, timer: { type: 'fetchWaitExpired', broker: 1, requestId: 50 } });
    expect(sentSince(state, since)).toEqual([]);
    expect(state.stepEvents).toEqual([]);
  });
});

describe('a held follower fetch', () => {
  it('is answered as soon as one of its partitions grows, with every partition it asked for', () => {
    const { state, broker, r1 } = leader();
    holdFollowerFetch(state, broker);
    appendRecords(r1, 2);
    const since = mark(state);
    completeParkedFetches(state, broker);
    const [res] = sentOfType(state, since, 'FetchResponse');
    expect(res.requestId).toBe(50);
    expect(res.partitions.map((p) => [p.partition, p.error, p.records.map((x) => x.offset)])).toEqual([[0, null, []], [1, null, [3, 4]]]);
    expect(broker.parkedFetches).toEqual([]);
    expect(timerAt(state, waitKey(1, 50))).toBeNull();
  });

  it('is answered NOT_LEADER_OR_FOLLOWER when the broker stops leading one of its partitions', () => {
    const { state, broker, r0 } = leader();
    holdFollowerFetch(state, broker);
    r0.role = 'follower';
    const since = mark(state);
    completeParkedFetches(state, broker);
    expect(sentOfType(state, since, 'FetchResponse')[0].partitions.map((p) => p.error)).toEqual(['NOT_LEADER_OR_FOLLOWER', null]);
  });

  it('stays held while nothing changed, and a consumer’s held fetch is not woken by the log growing', () => {
    const { state, broker, r0 } = leader();
    holdFollowerFetch(state, broker);
    holdConsumerFetch(state, broker, 'c1', 60);
    completeParkedFetches(state, broker);
    expect(heldIds(broker)).toEqual(['50', '60']);
    appendRecords(r0, 1); // not committed: the HW is still 3
    const since = mark(state);
    completeParkedFetches(state, broker);
    expect(sentSince(state, since).map((m) => [m.to, (m.body as { requestId: number }).requestId])).toEqual([['broker-2', 50]]);
    expect(heldIds(broker)).toEqual(['60']);
  });
});

describe('the held fetches of several fetchers', () => {
  it('are kept in request-id order, whatever order they arrived in, and woken in it', () => {
    const { state, broker, r0 } = leader();
    holdFollowerFetch(state, broker, 57);
    holdConsumerFetch(state, broker, 'c1', 60);
    parkFetch(state, broker, 'broker-3', fetchRequest(3, [part(0, 3, { lastFetchedEpoch: 0 })], 52));
    holdFollowerFetch(state, broker, 55);
    expect(heldIds(broker)).toEqual(['52', '55', '57', '60']);
    appendRecords(r0, 1);
    const since = mark(state);
    completeParkedFetches(state, broker);
    expect(sentOfType(state, since, 'FetchResponse').map((res) => res.requestId)).toEqual([52, 55, 57]);
    expect(heldIds(broker)).toEqual(['60']);
    expect(timerAt(state, waitKey(1, 60))).not.toBeNull();
  });
});

describe('a held consumer fetch', () => {
  it('is answered when the HW passes its offset, with only the committed records', () => {
    const { state, broker, r0 } = leader();
    holdConsumerFetch(state, broker, 'c1', 60);
    appendRecords(r0, 3);
    r0.highWatermark = 5;
    const since = mark(state);
    completeConsumerFetches(state, broker, r0);
    const [res] = sentOfType(state, since, 'FetchResponse');
    expect(res.partitions[0]).toMatchObject({ error: null, highWatermark: 5, logEndOffset: 6 });
    expect(res.partitions[0].records.map((x) => x.offset)).toEqual([3, 4]);
    expect(timerAt(state, waitKey(1, 60))).toBeNull();
  });

  it('stays held while the HW is at its offset or moves on another partition; follower fetches are left to the log', () => {
    const { state, broker, r0, r1 } = leader();
    holdConsumerFetch(state, broker, 'c1', 60);
    holdFollowerFetch(state, broker);
    appendRecords(r0, 1);
    appendRecords(r1, 1);
    r1.highWatermark = 4;
    const since = mark(state);
    completeConsumerFetches(state, broker, r0);
    completeConsumerFetches(state, broker, r1);
    expect(sentSince(state, since)).toEqual([]);
    expect(heldIds(broker)).toEqual(['50', '60']);
  });

  it('woken together, they are answered in the scenario’s consumer order, then by request', () => {
    const { state, broker, r0 } = leader();
    holdConsumerFetch(state, broker, 'c2', 70);
    holdConsumerFetch(state, broker, 'c1', 72);
    holdConsumerFetch(state, broker, 'c1', 71);
    appendRecords(r0, 1);
    r0.highWatermark = 4;
    const since = mark(state);
    completeConsumerFetches(state, broker, r0);
    expect(sentSince(state, since).map((m) => [m.to, (m.body as { requestId: number }).requestId])).toEqual([['c1', 71], ['c1', 72], ['c2', 70]]);
  });
});

describe('a stopped consumer', () => {
  it('has its held fetches forgotten on every broker, with their timers; others’ stay', () => {
    const { state, broker } = leader();
    const broker2 = brokerOf(state, 2);
    holdConsumerFetch(state, broker, 'c1', 60);
    holdConsumerFetch(state, broker2, 'c1', 61, [part(0, 0)]);
    holdConsumerFetch(state, broker, 'c2', 62);
    holdFollowerFetch(state, broker);
    const since = mark(state);
    dropConsumerFetches(state, 'c1');
    expect(heldIds(broker)).toEqual(['50', '62']);
    expect(broker2.parkedFetches).toEqual([]);
    expect([timerAt(state, waitKey(1, 60)), timerAt(state, waitKey(2, 61))]).toEqual([null, null]);
    expect(timerAt(state, waitKey(1, 62))).not.toBeNull();
    expect(sentSince(state, since)).toEqual([]);
  });
});

describe('the end of the wait', () => {
  it('answers with whatever there is now, and FetchWaitEnded tells what each partition held', () => {
    const { state, broker, r0 } = leader();
    holdFollowerFetch(state, broker);
    inStep(state, 1500);
    r0.highWatermark = 2; // what the answer carries is the HW of now
    const since = mark(state);
    expect(expireParkedFetch(state, broker, 50)).toBe(true);
    const [res] = sentOfType(state, since, 'FetchResponse');
    expect(res.partitions.map((p) => [p.records.length, p.highWatermark])).toEqual([[0, 2], [0, 3]]);
    expect(broker.parkedFetches).toEqual([]);
    expect(rowEventsOf(state, 'FetchWaitEnded')).toEqual([expect.objectContaining({
      broker: 1, from: 'broker-2', replicaId: 2, timeMs: 1500,
      partitions: [
        { topic: 't', partition: 0, fetchOffset: 3, error: null, records: 0, firstOffset: -1, lastOffset: -1, highWatermark: 2, diverging: null },
        { topic: 't', partition: 1, fetchOffset: 3, error: null, records: 0, firstOffset: -1, lastOffset: -1, highWatermark: 3, diverging: null },
      ],
    })]);
    expect(eventTypes(state)).toEqual([]);
  });

  it('of a fetch already answered does nothing: no message, no event', () => {
    const { state, broker, r0 } = leader();
    holdFollowerFetch(state, broker);
    appendRecords(r0, 1);
    completeParkedFetches(state, broker);
    const since = mark(state);
    expect(expireParkedFetch(state, broker, 50)).toBeNull();
    expect(sentSince(state, since)).toEqual([]);
    expect(rowEventsOf(state, 'FetchWaitEnded')).toEqual([]);
  });
});

describe('what a fetch answer’s row tells', () => {
  it('each partition’s fetch offset, error, record count, first and last offsets, HW and divergence', () => {
    const { r0 } = leader();
    const asked = [part(0, 1), part(1, 5, { lastFetchedEpoch: 0 })];
    const answers: FetchPartitionResp[] = [
      { topic: 't', partition: 0, error: null, records: r0.log.slice(1, 3), highWatermark: 3, logStartOffset: 0, logEndOffset: 3, divergingEpoch: null },
      { topic: 't', partition: 1, error: null, records: [], highWatermark: 3, logStartOffset: 0, logEndOffset: 3, divergingEpoch: { epoch: 0, endOffset: 3 } },
    ];
    expect(fetchedPartitions(asked, answers)).toEqual([
      { topic: 't', partition: 0, fetchOffset: 1, error: null, records: 2, firstOffset: 1, lastOffset: 2, highWatermark: 3, diverging: null },
      { topic: 't', partition: 1, fetchOffset: 5, error: null, records: 0, firstOffset: -1, lastOffset: -1, highWatermark: 3, diverging: { epoch: 0, endOffset: 3 } },
    ]);
  });
});
