// ListOffsets and OffsetsForLeaderEpoch on a partition's leader: "earliest" is the log start
// offset, "latest" the HW (read_uncommitted), never the LEO; the end offset of an epoch comes from
// the leader-epoch cache (LeaderEpochFileCache.endOffsetFor). Both need the asker's leader epoch
// to be the leader's (KIP-320).
import { describe, expect, it } from 'vitest';
import { appendRecords, brokerOf, clusterState, eventTypes, inStep, mark, replicaOf, rowEventsOf, rowOf, sentOfType, sentTo } from '../testkit/stateBuilders.testkit';
import { handleListOffsets, handleOffsetsForLeaderEpoch } from './offsetRequests';

/**
 * Broker 1 leads t-0 in epoch 4 and broker 2 leads t-1. t-0's log starts at 2 (retention): offsets
 * 2–3 of epoch 1, 4–5 of epoch 2, 6 of epoch 4, so its cache is [(1,2),(2,4),(4,6)]; LEO 7, HW 6.
 */
function leader() {
  const state = inStep(clusterState({ topics: [{ name: 't', partitions: 2, replicationFactor: 3, assignment: [[1, 2, 3], [2, 3, 1]] }] }), 2000);
  const r = replicaOf(state, 1, 't-0');
  r.logStartOffset = 2;
  appendRecords(r, 2, 1);
  appendRecords(r, 2, 2);
  appendRecords(r, 1, 4);
  r.leaderEpoch = 4;
  r.highWatermark = 6;
  return { state, r, broker: brokerOf(state, 1) };
}

function listOffsets(partitions: { partition?: number; timestamp: 'earliest' | 'latest'; currentLeaderEpoch?: number }[], requestId = 30) {
  return {
    type: 'ListOffsetsRequest' as const, requestId,
    partitions: partitions.map((p) => ({ topic: 't', partition: p.partition ?? 0, currentLeaderEpoch: p.currentLeaderEpoch ?? 4, timestamp: p.timestamp })),
  };
}

function offsetsForEpoch(partitions: { partition?: number; leaderEpoch: number; currentLeaderEpoch?: number }[], requestId = 40) {
  return {
    type: 'OffsetsForLeaderEpochRequest' as const, requestId,
    partitions: partitions.map((p) => ({ topic: 't', partition: p.partition ?? 0, currentLeaderEpoch: p.currentLeaderEpoch ?? 4, leaderEpoch: p.leaderEpoch })),
  };
}

describe('ListOffsets', () => {
  it('answers earliest with the log start offset and latest with the HW, not the LEO', () => {
    const { state, broker } = leader();
    const since = mark(state);
    expect(handleListOffsets(state, broker, 'c1', listOffsets([{ timestamp: 'earliest' }, { timestamp: 'latest' }]))).toBe(true);
    const sent = sentTo(state, since, 'c1');
    expect(sent.map((m) => [m.from, m.body.type])).toEqual([['broker-1', 'ListOffsetsResponse']]);
    const [res] = sentOfType(state, since, 'ListOffsetsResponse');
    expect(res.requestId).toBe(30);
    expect(res.partitions.map((p) => [p.error, p.offset])).toEqual([[null, 2], [null, 6]]);
  });

  it('latest carries the epoch of the last committed record, which the consumer validates its position with', () => {
    const { state, broker } = leader();
    const since = mark(state);
    handleListOffsets(state, broker, 'c1', listOffsets([{ timestamp: 'latest' }]));
    expect(sentOfType(state, since, 'ListOffsetsResponse')[0].partitions[0]).toEqual({ topic: 't', partition: 0, error: null, offset: 6, leaderEpoch: 2 });
  });

  it('of an empty partition answers 0 for both', () => {
    const { state } = leader();
    const since = mark(state);
    handleListOffsets(state, brokerOf(state, 2), 'c1', listOffsets([{ partition: 1, timestamp: 'earliest', currentLeaderEpoch: 0 }, { partition: 1, timestamp: 'latest', currentLeaderEpoch: 0 }]));
    expect(sentOfType(state, since, 'ListOffsetsResponse')[0].partitions.map((p) => [p.error, p.offset])).toEqual([[null, 0], [null, 0]]);
  });

  it.each([
    ['an older leader epoch', 0, 3, 'FENCED_LEADER_EPOCH'],
    ['a newer leader epoch', 0, 5, 'UNKNOWN_LEADER_EPOCH'],
    ['a partition it does not lead', 1, 0, 'NOT_LEADER_OR_FOLLOWER'],
  ])('with %s is answered %s and no offset', (_, partition, currentLeaderEpoch, error) => {
    const { state, broker } = leader();
    const since = mark(state);
    handleListOffsets(state, broker, 'c1', listOffsets([{ partition, timestamp: 'latest', currentLeaderEpoch }]));
    expect(sentOfType(state, since, 'ListOffsetsResponse')[0].partitions).toEqual([{ topic: 't', partition, error, offset: -1, leaderEpoch: -1 }]);
  });

  it('emits ListOffsetsAnswered with each partition’s timestamp and answer, and nothing lessons read', () => {
    const { state, broker } = leader();
    handleListOffsets(state, broker, 'c1', listOffsets([{ timestamp: 'latest' }, { partition: 1, timestamp: 'earliest', currentLeaderEpoch: 0 }]));
    expect(rowEventsOf(state, 'ListOffsetsAnswered')).toEqual([expect.objectContaining({
      broker: 1, consumer: 'c1', timeMs: 2000,
      partitions: [
        { topic: 't', partition: 0, timestamp: 'latest', error: null, offset: 6 },
        { topic: 't', partition: 1, timestamp: 'earliest', error: 'NOT_LEADER_OR_FOLLOWER', offset: -1 },
      ],
    })]);
    expect(eventTypes(state)).toEqual([]);
    expect(rowOf(state)).toEqual({
      component: 'Broker 1', action: 'Answered ListOffsets from consumer c1', messageState: 'earliest = log start offset, latest = high watermark',
      output: 't-0 latest = 6; t-1 earliest = NOT_LEADER_OR_FOLLOWER',
    });
  });
});

describe('OffsetsForLeaderEpoch', () => {
  it.each([
    ['an earlier epoch ends where the next one starts', 1, 1, 4],
    ['a middle epoch ends where the next one starts', 2, 2, 6],
    ['an epoch the leader never led in is answered with the largest epoch below it', 3, 2, 6],
    ['the leader’s latest epoch ends at its LEO, past the HW', 4, 4, 7],
    ['an epoch older than the cache answers the start of the first cached epoch', 0, 0, 2],
    ['an undefined epoch (-1) answers -1, -1', -1, -1, -1],
  ])('%s', (_, asked, epoch, endOffset) => {
    const { state, broker } = leader();
    const since = mark(state);
    expect(handleOffsetsForLeaderEpoch(state, broker, 'c1', offsetsForEpoch([{ leaderEpoch: asked }]))).toBe(true);
    const [res] = sentOfType(state, since, 'OffsetsForLeaderEpochResponse');
    expect(res.requestId).toBe(40);
    expect(res.partitions).toEqual([{ topic: 't', partition: 0, error: null, leaderEpoch: epoch, endOffset }]);
  });

  it.each([
    ['an older leader epoch', 0, 3, 'FENCED_LEADER_EPOCH'],
    ['a newer leader epoch', 0, 5, 'UNKNOWN_LEADER_EPOCH'],
    ['a partition it does not lead', 1, 0, 'NOT_LEADER_OR_FOLLOWER'],
  ])('with %s is answered %s and no end offset', (_, partition, currentLeaderEpoch, error) => {
    const { state, broker } = leader();
    const since = mark(state);
    handleOffsetsForLeaderEpoch(state, broker, 'c1', offsetsForEpoch([{ partition, leaderEpoch: 2, currentLeaderEpoch }]));
    expect(sentOfType(state, since, 'OffsetsForLeaderEpochResponse')[0].partitions).toEqual([{ topic: 't', partition, error, leaderEpoch: -1, endOffset: -1 }]);
  });

  it('emits OffsetsForLeaderEpochAnswered with the epoch asked about and where it ends', () => {
    const { state, broker } = leader();
    handleOffsetsForLeaderEpoch(state, broker, 'c1', offsetsForEpoch([{ leaderEpoch: 3 }, { partition: 1, leaderEpoch: 0, currentLeaderEpoch: 0 }]));
    expect(rowEventsOf(state, 'OffsetsForLeaderEpochAnswered')).toEqual([expect.objectContaining({
      broker: 1, consumer: 'c1',
      partitions: [
        { topic: 't', partition: 0, leaderEpoch: 3, error: null, endOffset: 6 },
        { topic: 't', partition: 1, leaderEpoch: 0, error: 'NOT_LEADER_OR_FOLLOWER', endOffset: -1 },
      ],
    })]);
    expect(eventTypes(state)).toEqual([]);
    expect(rowOf(state).output).toBe('t-0: epoch 3 ends at 6; t-1: epoch 0 ends at NOT_LEADER_OR_FOLLOWER');
  });

  it('changes nothing on the leader', () => {
    const { state, r, broker } = leader();
    const before = { epochCache: structuredClone(r.epochCache), hw: r.highWatermark, followers: structuredClone(r.followers) };
    handleOffsetsForLeaderEpoch(state, broker, 'c1', offsetsForEpoch([{ leaderEpoch: 2 }]));
    handleListOffsets(state, broker, 'c1', listOffsets([{ timestamp: 'latest' }]));
    expect({ epochCache: r.epochCache, hw: r.highWatermark, followers: r.followers }).toEqual(before);
  });
});
