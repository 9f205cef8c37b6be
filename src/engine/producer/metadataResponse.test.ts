// A producer applying a Metadata answer (Metadata.updateLatestMetadata): a partition's leader is
// taken only with a leader epoch at least the one it knows (KIP-320), so a stale broker cache never
// moves it back; partition counts only grow; then what waited for a leader is sent.
import { describe, expect, it } from 'vitest';
import type { PartitionMeta } from '../core/state';
import { clusterState, inStep, mark, producerOf, rowEventsOf, rowOf, sentSince, timerAt } from '../testkit/stateBuilders.testkit';
import { produce } from './accumulator';
import { refreshMetadata } from './metadata';
import { handleMetadataResponse } from './metadataResponse';

/** Producer p1 at 1000 ms; topic t has 2 partitions led by 1 and 2 in epoch 0, as p1 knows. */
function producer() {
  const state = inStep(clusterState({
    topics: [{ name: 't', partitions: 2, replicationFactor: 3, assignment: [[1, 2, 3], [2, 3, 1]] }],
    producers: [{ id: 'p1', config: { 'linger.ms': 0, 'retry.backoff.ms': 100 } }],
  }), 1000);
  return { state, p: producerOf(state) };
}

function meta(partition: number, leader: number | null, leaderEpoch: number): PartitionMeta {
  return { topic: 't', partition, replicas: [1, 2, 3], leader, leaderEpoch, partitionEpoch: leaderEpoch, isr: leader === null ? [] : [leader] };
}

function response(partitions: PartitionMeta[], partitionCounts: Record<string, number> = { t: 2 }) {
  return { type: 'MetadataResponse' as const, requestId: 9, partitions, partitionCounts };
}

const stepTypes = (state: ReturnType<typeof producer>['state']) => state.stepEvents.map((e) => e.type);

describe('a partition’s leader', () => {
  it('is learned from a newer leader epoch: ProducerLeaderLearned says from which leader to which', () => {
    const { state, p } = producer();
    expect(handleMetadataResponse(state, p, response([meta(0, 3, 1)]))).toBe(true);
    expect(p.metadata['t-0']).toEqual({ leader: 3, leaderEpoch: 1 });
    expect(rowEventsOf(state, 'ProducerLeaderLearned')).toEqual([expect.objectContaining({ producer: 'p1', topic: 't', partition: 0, before: 1, leader: 3 })]);
    expect(stepTypes(state)).toEqual(['ProducerLeaderLearned', 'ProducerMetadataUpdated']);
    expect(rowOf(state)).toEqual({ component: 'Producer p1', action: 'Updated its metadata', messageState: 't-0 leader 1→3', output: 'Nothing waiting to send', routine: false });
  });

  it('is learned from the same leader epoch too (Kafka takes an epoch ≥ the one it has)', () => {
    const { state, p } = producer();
    handleMetadataResponse(state, p, response([meta(0, 3, 0)]));
    expect(p.metadata['t-0']).toEqual({ leader: 3, leaderEpoch: 0 });
    expect(rowEventsOf(state, 'ProducerLeaderLearned').map((e) => [e.before, e.leader])).toEqual([[1, 3]]);
  });

  it('from an older leader epoch (a stale broker cache) is ignored: no event, nothing changes', () => {
    const { state, p } = producer();
    p.metadata['t-0'] = { leader: 3, leaderEpoch: 2 };
    handleMetadataResponse(state, p, response([meta(0, 1, 1)]));
    expect(p.metadata['t-0']).toEqual({ leader: 3, leaderEpoch: 2 });
    expect(stepTypes(state)).toEqual(['ProducerMetadataUpdated']);
    expect(rowOf(state)).toMatchObject({ messageState: 'No change', routine: true });
  });

  it('unchanged in a newer epoch raises no event, but the epoch is kept: an older answer is then refused', () => {
    const { state, p } = producer();
    handleMetadataResponse(state, p, response([meta(0, 1, 3)]));
    expect(p.metadata['t-0']).toEqual({ leader: 1, leaderEpoch: 3 });
    expect(rowEventsOf(state, 'ProducerLeaderLearned')).toEqual([]);
    inStep(state, 1100);
    handleMetadataResponse(state, p, response([meta(0, 2, 2)]));
    expect(p.metadata['t-0']).toEqual({ leader: 1, leaderEpoch: 3 });
    expect(rowEventsOf(state, 'ProducerLeaderLearned')).toEqual([]);
  });

  it('may be none (an offline partition): learned as such', () => {
    const { state, p } = producer();
    handleMetadataResponse(state, p, response([meta(1, null, 1)]));
    expect(p.metadata['t-1']).toEqual({ leader: null, leaderEpoch: 1 });
    expect(rowEventsOf(state, 'ProducerLeaderLearned')).toEqual([expect.objectContaining({ partition: 1, before: 2, leader: null })]);
  });

  it('each partition is judged on its own epoch, in the answer’s order', () => {
    const { state, p } = producer();
    p.metadata['t-1'] = { leader: 2, leaderEpoch: 5 };
    handleMetadataResponse(state, p, response([meta(0, 2, 1), meta(1, 3, 4)]));
    expect(rowEventsOf(state, 'ProducerLeaderLearned').map((e) => [e.partition, e.leader])).toEqual([[0, 2]]);
    expect(p.metadata['t-1']).toEqual({ leader: 2, leaderEpoch: 5 });
  });
});

describe('partition counts', () => {
  it('a topic that grew: ProducerPartitionsGrew, and the new partition’s leader is learned from none', () => {
    const { state, p } = producer();
    handleMetadataResponse(state, p, response([meta(2, 3, 0)], { t: 3 }));
    expect(p.partitionCounts.t).toBe(3);
    expect(p.metadata['t-2']).toEqual({ leader: 3, leaderEpoch: 0 });
    expect(stepTypes(state)).toEqual(['ProducerLeaderLearned', 'ProducerPartitionsGrew', 'ProducerMetadataUpdated']);
    expect(rowEventsOf(state, 'ProducerPartitionsGrew')).toEqual([expect.objectContaining({ producer: 'p1', topic: 't', count: 3 })]);
    expect(rowEventsOf(state, 'ProducerLeaderLearned')[0]).toMatchObject({ partition: 2, before: null, leader: 3 });
    expect(rowOf(state).messageState).toBe('t-2 leader none→3; t now has 3 partitions');
  });

  it('never shrink: a smaller or equal count changes nothing and raises no event', () => {
    const { state, p } = producer();
    handleMetadataResponse(state, p, response([], { t: 1 }));
    handleMetadataResponse(state, p, response([], { t: 2 }));
    expect(p.partitionCounts.t).toBe(2);
    expect(rowEventsOf(state, 'ProducerPartitionsGrew')).toEqual([]);
  });
});

describe('after the answer', () => {
  it('the request in flight, its timeout and the failure count are cleared', () => {
    const { state, p } = producer();
    refreshMetadata(state, p);
    expect(timerAt(state, { type: 'metadataTimeout', producer: 'p1' })).not.toBeNull();
    p.metadataFailures = 3;
    handleMetadataResponse(state, p, response([]));
    expect(p.metadataRequest).toBeNull();
    expect(p.metadataFailures).toBe(0);
    expect(timerAt(state, { type: 'metadataTimeout', producer: 'p1' })).toBeNull();
  });

  it('a batch that waited for a leader goes to the one just learned, before ProducerMetadataUpdated closes the step', () => {
    const { state, p } = producer();
    p.metadata['t-0'] = { leader: null, leaderEpoch: 0 };
    p.metadata['t-1'] = { leader: null, leaderEpoch: 0 };
    produce(state, p, 't', null, 'a', 0);
    inStep(state, 1010);
    const since = mark(state);
    handleMetadataResponse(state, p, response([meta(0, 3, 1), meta(1, 3, 1)]));
    expect(sentSince(state, since).map((m) => [m.from, m.to, m.body.type])).toEqual([['p1', 'broker-3', 'ProduceRequest']]);
    const types = stepTypes(state);
    expect(types.indexOf('ProduceRequestSent')).toBeGreaterThan(types.lastIndexOf('ProducerLeaderLearned'));
    expect(types.at(-1)).toBe('ProducerMetadataUpdated');
  });
});
