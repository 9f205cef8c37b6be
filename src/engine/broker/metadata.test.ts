// A broker applying the controller's metadata (KRaft PartitionChange records): it becomes leader
// (Partition.makeLeader: a new epoch starts at its LEO) or follower (Partition.makeFollower), and
// ignores metadata older than what it has.
import { describe, expect, it } from 'vitest';
import type { PartitionMeta } from '../core/state';
import { appendRecords, brokerOf, rowOf, clusterState, eventTypes, eventsOf, inStep, mark, metaOf, replicaOf, sentOfType, sentTo } from '../testkit/stateBuilders.testkit';
import { handleMetadataUpdate } from './metadata';

function update(offset: number, partitions: PartitionMeta[], fencedBrokers: number[] = []) {
  return { type: 'MetadataUpdate' as const, offset, partitions, fencedBrokers, reason: 'test' };
}

/** Broker 1 led t-0 in epoch 0 and holds 3 records; the controller now moves leadership to `leader`. */
function moved(leader: number | null) {
  const state = inStep(clusterState(), 100);
  for (const id of [1, 2, 3]) appendRecords(replicaOf(state, id), 3);
  const meta: PartitionMeta = { ...metaOf(state), leader, leaderEpoch: 1, partitionEpoch: 1, isr: [2, 3] };
  return { state, meta };
}

describe('becoming leader (makeLeader)', () => {
  it('takes the epoch and ISR, starts the epoch at its LEO in the epoch cache, and emits BecameLeader', () => {
    const { state, meta } = moved(2);
    handleMetadataUpdate(state, brokerOf(state, 2), update(5, [meta]));
    const r = replicaOf(state, 2);
    expect(r).toMatchObject({ role: 'leader', leader: 2, leaderEpoch: 1, isr: [2, 3], partitionEpoch: 1, leaderEpochStartOffset: 3 });
    expect(r.epochCache).toEqual([[0, 0], [1, 3]]);
    expect(eventsOf(state)).toEqual([expect.objectContaining({ type: 'BecameLeader', topic: 't', partition: 0, broker: 2, detail: 'epoch 1' })]);
  });

  it('does not know where its followers are: each starts at LEO -1, the ISR members counted caught up now', () => {
    const { state, meta } = moved(2);
    handleMetadataUpdate(state, brokerOf(state, 2), update(5, [meta]));
    const f = replicaOf(state, 2).followers;
    expect(Object.keys(f)).toEqual(['1', '3']);
    expect(f['3']).toMatchObject({ logEndOffset: -1, lastCaughtUpTimeMs: 100 });
    expect(f['1'].lastCaughtUpTimeMs).toBeLessThan(0);
  });
});

describe('becoming follower (makeFollower)', () => {
  it('the old leader follows the new one, answers its parked writes NOT_LEADER_OR_FOLLOWER and fetches from the new leader', () => {
    const { state, meta } = moved(2);
    const b1 = brokerOf(state, 1);
    b1.purgatory = [{ requestId: 9, producer: 'p1', tp: 't-0', baseOffset: 2, lastOffset: 2, expiresAtMs: 9000 }];
    const since = mark(state);
    handleMetadataUpdate(state, b1, update(5, [meta]));
    expect(replicaOf(state, 1)).toMatchObject({ role: 'follower', leader: 2, leaderEpoch: 1, isr: [], followers: {} });
    expect(sentOfType(state, since, 'ProduceResponse').map((r) => [r.requestId, r.error])).toEqual([[9, 'NOT_LEADER_OR_FOLLOWER']]);
    expect(sentTo(state, since, 2).map((m) => m.body.type)).toEqual(['FetchRequest']);
    expect(eventTypes(state)).toEqual([]);
  });

  it('no leader: the partition is offline for this replica', () => {
    const { state, meta } = moved(null);
    handleMetadataUpdate(state, brokerOf(state, 3), update(5, [meta]));
    expect(replicaOf(state, 3)).toMatchObject({ role: 'follower', leader: null });
    expect(rowOf(state)).toEqual({ component: 'Broker 3', action: 'Applied metadata from the controller (test)', messageState: 'Role changed', output: 'Now t-0 is offline (no leader)' });
  });
});

describe('the metadata cache', () => {
  it('an ISR change in the same leader epoch is taken by the leader without a new epoch', () => {
    const state = inStep(clusterState(), 100);
    const meta = { ...metaOf(state), isr: [1, 2], partitionEpoch: 3 };
    handleMetadataUpdate(state, brokerOf(state, 1), update(5, [meta]));
    expect(replicaOf(state, 1)).toMatchObject({ role: 'leader', leaderEpoch: 0, isr: [1, 2], partitionEpoch: 3 });
    expect(eventTypes(state)).not.toContain('BecameLeader');
  });

  it('older metadata than the broker applied is ignored', () => {
    const { state, meta } = moved(2);
    const b2 = brokerOf(state, 2);
    b2.metadataOffset = 7;
    handleMetadataUpdate(state, b2, update(6, [meta]));
    expect(replicaOf(state, 2).role).toBe('follower');
    expect(rowOf(state)).toEqual({ component: 'Broker 2', action: 'Ignored stale metadata (offset 6; it has 7)', messageState: 'Metadata cache unchanged', output: 'No change', routine: true });
  });

  it('records the metadata and the fenced brokers even for partitions the broker holds no replica of', () => {
    const state = inStep(clusterState({ cluster: { brokers: 4 } }), 100);
    const b4 = brokerOf(state, 4);
    handleMetadataUpdate(state, b4, update(5, [{ ...metaOf(state), isr: [1, 2] }], [3]));
    expect(b4.metadata['t-0'].isr).toEqual([1, 2]);
    expect(b4.replicas).toEqual({});
    expect(b4.fencedBrokers).toEqual([3]);
    expect(b4.metadataOffset).toBe(5);
  });
});
