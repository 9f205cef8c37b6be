// Client metadata (Metadata, NetworkClient): a producer asks one broker at a time, round robin,
// backs off after failures (KIP-580), keeps the newest leader epoch it has seen (KIP-320), and
// refreshes every metadata.max.age.ms. A broker answers from its own cache, which may be stale.
import { describe, expect, it } from 'vitest';
import type { PartitionMeta } from '../core/state';
import { brokerOf, clusterState, eventTypes, fireTimer, inStep, mark, metaOf, producerOf, rowOf, sentOfType, sentSince, timerAt } from '../testkit/stateBuilders.testkit';
import { produce } from './accumulator';
import { handleMetadataRequest } from '../broker/metadata';
import { metadataBackoffExpired, metadataFailed, metadataMaxAgeExpired, refreshMetadata } from './metadata';
import { handleMetadataResponse } from './metadataResponse';

function producer(atMs = 1000) {
  const state = inStep(clusterState({ producers: [{ id: 'p1', config: { 'linger.ms': 0, 'retry.backoff.ms': 100 } }] }), atMs);
  return { state, p: producerOf(state) };
}

function response(partitions: PartitionMeta[], partitionCounts: Record<string, number> = { t: 1 }) {
  return { type: 'MetadataResponse' as const, requestId: 1, partitions, partitionCounts };
}

describe('asking for metadata', () => {
  it('asks one broker, the next one each time, with a timeout of request.timeout.ms', () => {
    const { state, p } = producer();
    const since = mark(state);
    refreshMetadata(state, p);
    p.metadataRequest = null;
    refreshMetadata(state, p);
    expect(sentSince(state, since).map((m) => [m.from, m.to, m.body.type])).toEqual([['p1', 'broker-1', 'MetadataRequest'], ['p1', 'broker-2', 'MetadataRequest']]);
    expect(timerAt(state, { type: 'metadataTimeout', producer: 'p1' })?.atMs).toBe(31000);
  });

  it('never has two requests in flight', () => {
    const { state, p } = producer();
    const since = mark(state);
    refreshMetadata(state, p);
    refreshMetadata(state, p);
    expect(sentSince(state, since)).toHaveLength(1);
  });

  it('after a failed request waits retry.backoff.ms, then asks another broker (the failed one is disconnected)', () => {
    const { state, p } = producer();
    refreshMetadata(state, p);
    const since = mark(state);
    metadataFailed(state, p);
    expect(sentOfType(state, since, 'MetadataRequest')).toEqual([]);
    expect(timerAt(state, { type: 'metadataBackoff', producer: 'p1' })?.atMs).toBe(1100);
    inStep(state, 1100);
    fireTimer(state, { type: 'metadataBackoff', producer: 'p1' });
    metadataBackoffExpired(state, p);
    expect(sentSince(state, since).map((m) => [m.to, m.body.type])).toEqual([['broker-2', 'MetadataRequest']]);
  });

  it('the backoff doubles with each failure in a row (KIP-580)', () => {
    const { state, p } = producer();
    p.metadataFailures = 3;
    p.lastMetadataRequestMs = 1000;
    refreshMetadata(state, p);
    expect(timerAt(state, { type: 'metadataBackoff', producer: 'p1' })?.atMs).toBe(1400);
  });
});

describe('a broker answering', () => {
  it('answers from its own metadata cache, stale or not, with the partition counts', () => {
    const { state } = producer();
    const b2 = brokerOf(state, 2);
    b2.metadata['t-0'] = { ...b2.metadata['t-0'], leader: 3 };
    const since = mark(state);
    handleMetadataRequest(state, b2, 'p1', { type: 'MetadataRequest', requestId: 77, client: 'p1' });
    expect(sentOfType(state, since, 'MetadataResponse')).toEqual([{ type: 'MetadataResponse', requestId: 77, partitions: [expect.objectContaining({ leader: 3 })], partitionCounts: { t: 1 } }]);
    expect(rowOf(state)).toEqual({ component: 'Broker 2', action: 'Answered a metadata request from p1', messageState: 'From its metadata cache', output: 'Leaders: t-0→3' });
    expect(eventTypes(state)).toEqual([]);
  });
});

describe('the answer', () => {
  it('takes a leader with the same or a newer leader epoch', () => {
    const { state, p } = producer();
    handleMetadataResponse(state, p, response([{ ...metaOf(state), leader: 2, leaderEpoch: 1 }]));
    expect(p.metadata['t-0']).toEqual({ leader: 2, leaderEpoch: 1 });
  });

  it('ignores a leader with an older epoch than it knows (a stale broker cache)', () => {
    const { state, p } = producer();
    p.metadata['t-0'] = { leader: 3, leaderEpoch: 2 };
    handleMetadataResponse(state, p, response([{ ...metaOf(state), leader: 2, leaderEpoch: 1 }]));
    expect(p.metadata['t-0']).toEqual({ leader: 3, leaderEpoch: 2 });
  });

  it('learns new partitions of a topic', () => {
    const { state, p } = producer();
    handleMetadataResponse(state, p, response([], { t: 4 }));
    expect(p.partitionCounts.t).toBe(4);
  });

  it('clears the failure count and sends the batches that were waiting for a leader', () => {
    const { state, p } = producer();
    p.metadata['t-0'] = { leader: null, leaderEpoch: 0 };
    produce(state, p, 't', null, 'a', 0);
    p.metadataFailures = 2;
    const since = mark(state);
    handleMetadataResponse(state, p, response([{ ...metaOf(state), leader: 2, leaderEpoch: 1 }]));
    expect(p.metadataFailures).toBe(0);
    expect(p.metadataRequest).toBeNull();
    expect(sentSince(state, since).map((m) => [m.to, m.body.type])).toEqual([['broker-2', 'ProduceRequest']]);
  });
});

describe('metadata.max.age.ms', () => {
  it('refreshes even without errors and schedules the next refresh', () => {
    const { state, p } = producer();
    const since = mark(state);
    metadataMaxAgeExpired(state, p);
    expect(rowOf(state).routine).toBe(true);
    expect(sentOfType(state, since, 'MetadataRequest')).toHaveLength(1);
    expect(timerAt(state, { type: 'metadataMaxAge', producer: 'p1' })?.atMs).toBe(301000);
  });
});
