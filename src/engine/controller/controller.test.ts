// The active controller: fencing (out of every ISR, leaderships moved), AlterPartition (KIP-497's
// validation: leader epoch, partition epoch, eligible replicas), preferred and automatic leader
// rebalancing, and every change published to the brokers as a numbered metadata update.
import { describe, expect, it } from 'vitest';
import type { NetBody } from '../core/events';
import { clusterState, eventTypes, eventsOf, inStep, mark, metaOf, sentOfType, sentSince } from '../testkit/stateBuilders.testkit';
import { commitChange, electPreferredLeaders, fenceBroker, handleAlterPartition, leaderImbalanceCheck, publishMetadata } from './controller';

type AlterPartition = Extract<NetBody, { type: 'AlterPartition' }>;

function alter(extra: Partial<AlterPartition> = {}): AlterPartition {
  return { type: 'AlterPartition', broker: 1, topic: 't', partition: 0, leaderEpoch: 0, partitionEpoch: 0, newIsr: [1, 2], ...extra };
}

describe('committing an election result', () => {
  it('a new leader: LeaderElected with the kind of election (the lost-write checker follows it)', () => {
    const state = inStep(clusterState(), 100);
    commitChange(state, metaOf(state), { leader: 2, isr: [2, 3], kind: 'clean' });
    expect(eventsOf(state)).toEqual([expect.objectContaining({ type: 'LeaderElected', topic: 't', partition: 0, broker: 2, detail: 'clean' })]);
    expect(metaOf(state)).toMatchObject({ leader: 2, leaderEpoch: 1, isr: [2, 3] });
  });

  it('no leader left: PartitionOffline', () => {
    const state = inStep(clusterState(), 100);
    commitChange(state, metaOf(state), { leader: null, isr: [1], kind: 'none' });
    expect(eventsOf(state)).toEqual([expect.objectContaining({ type: 'PartitionOffline', topic: 't', partition: 0, broker: undefined })]);
  });

  it('the same leader with another ISR: IsrChanged', () => {
    const state = inStep(clusterState(), 100);
    commitChange(state, metaOf(state), { leader: 1, isr: [1, 2], kind: 'none' });
    expect(eventsOf(state)).toEqual([expect.objectContaining({ type: 'IsrChanged', detail: '[1,2]' })]);
  });

  it('nothing changed: no event, null', () => {
    const state = inStep(clusterState(), 100);
    expect(commitChange(state, metaOf(state), { leader: 1, isr: [1, 2, 3], kind: 'none' })).toBeNull();
    expect(eventTypes(state)).toEqual([]);
  });
});

describe('fencing a broker', () => {
  it('emits BrokerFenced, then moves its leaderships (LeaderElected) and takes it out of every ISR', () => {
    const state = inStep(clusterState({ topics: [{ name: 't', partitions: 2, replicationFactor: 3, assignment: [[1, 2, 3], [2, 1, 3]] }] }), 100);
    fenceBroker(state, 1);
    expect(eventTypes(state)).toEqual(['BrokerFenced', 'LeaderElected', 'IsrChanged']);
    expect(state.controller.brokers['1'].fenced).toBe(true);
    expect(metaOf(state, 't-0')).toMatchObject({ leader: 2, isr: [2, 3] });
    expect(metaOf(state, 't-1')).toMatchObject({ leader: 2, isr: [2, 3] });
  });

  it('publishes the change to every registered broker under the next metadata offset, with the fenced list', () => {
    const state = inStep(clusterState(), 100);
    const since = mark(state);
    fenceBroker(state, 3);
    const updates = sentSince(state, since);
    expect(updates.map((m) => m.to)).toEqual(['broker-1', 'broker-2', 'broker-3']);
    expect(updates[0].body).toMatchObject({ type: 'MetadataUpdate', offset: 2, fencedBrokers: [3], reason: 'broker 3 fenced' });
    expect(state.controller.metadataOffset).toBe(2);
  });

  it('with unclean.leader.election.enable, a partition whose ISR is gone gets a live replica as leader', () => {
    const state = inStep(clusterState({ cluster: { brokers: 3, config: { 'unclean.leader.election.enable': true } } }), 100);
    state.controller.partitions['t-0'] = { ...metaOf(state), isr: [1] };
    fenceBroker(state, 1);
    expect(eventsOf(state, 'LeaderElected')).toEqual([expect.objectContaining({ broker: 2, detail: 'unclean' })]);
    expect(metaOf(state)).toMatchObject({ leader: 2, isr: [2] });
  });
});

describe('AlterPartition', () => {
  it('a shrink from the current leader and epochs is accepted: IsrShrunk, partition epoch + 1, answer and metadata sent', () => {
    const state = inStep(clusterState(), 100);
    const since = mark(state);
    handleAlterPartition(state, alter());
    expect(eventsOf(state)).toEqual([expect.objectContaining({ type: 'IsrShrunk', topic: 't', partition: 0, detail: '[1,2]' })]);
    expect(metaOf(state)).toMatchObject({ isr: [1, 2], partitionEpoch: 1, leaderEpoch: 0 });
    expect(sentOfType(state, since, 'AlterPartitionResponse')).toEqual([expect.objectContaining({ error: null, meta: metaOf(state) })]);
    expect(sentOfType(state, since, 'MetadataUpdate')).toHaveLength(3);
  });

  it('a growth is IsrExpanded', () => {
    const state = inStep(clusterState(), 100);
    state.controller.partitions['t-0'] = { ...metaOf(state), isr: [1, 2] };
    handleAlterPartition(state, alter({ newIsr: [1, 2, 3] }));
    expect(eventTypes(state)).toEqual(['IsrExpanded']);
  });

  it.each([
    ['from a broker that does not lead', { broker: 2 }, 'FENCED_LEADER_EPOCH'],
    ['with a stale leader epoch', { leaderEpoch: 1 }, 'FENCED_LEADER_EPOCH'],
    ['with a stale partition epoch', { partitionEpoch: 5 }, 'INVALID_UPDATE_VERSION'],
  ])('%s is refused (%s) and changes nothing', (_, extra, error) => {
    const state = inStep(clusterState(), 100);
    const since = mark(state);
    handleAlterPartition(state, alter(extra));
    expect(sentOfType(state, since, 'AlterPartitionResponse')[0].error).toBe(error);
    expect(metaOf(state).isr).toEqual([1, 2, 3]);
    expect(eventTypes(state)).toEqual([]);
  });

  it('adding a fenced broker is refused: INELIGIBLE_REPLICA', () => {
    const state = inStep(clusterState(), 100);
    state.controller.partitions['t-0'] = { ...metaOf(state), isr: [1, 2] };
    state.controller.brokers['3'].fenced = true;
    const since = mark(state);
    handleAlterPartition(state, alter({ newIsr: [1, 2, 3] }));
    expect(sentOfType(state, since, 'AlterPartitionResponse')[0].error).toBe('INELIGIBLE_REPLICA');
  });
});

describe('preferred leader election', () => {
  it('moves leadership back to replicas[0] and publishes it', () => {
    const state = inStep(clusterState(), 100);
    state.controller.partitions['t-0'] = { ...metaOf(state), leader: 2, leaderEpoch: 1 };
    const since = mark(state);
    electPreferredLeaders(state, undefined, 'script');
    expect(eventsOf(state)).toEqual([expect.objectContaining({ type: 'LeaderElected', broker: 1, detail: 'preferred' })]);
    expect(metaOf(state).leaderEpoch).toBe(2);
    expect(sentOfType(state, since, 'MetadataUpdate')[0].reason).toBe('preferred leader election');
  });

  it('with every preferred replica leading already: no event, no metadata', () => {
    const state = inStep(clusterState(), 100);
    const since = mark(state);
    expect(electPreferredLeaders(state, 't', 'script').output).toBe('No change');
    expect(sentSince(state, since)).toEqual([]);
  });
});

describe('auto.leader.rebalance.enable', () => {
  it('KRaft moves every partition whose preferred replica can lead', () => {
    const state = inStep(clusterState({ topics: [{ name: 't', partitions: 2, replicationFactor: 3, assignment: [[1, 2, 3], [1, 2, 3]] }] }), 100);
    state.controller.partitions['t-1'] = { ...metaOf(state, 't-1'), leader: 2, leaderEpoch: 1 };
    leaderImbalanceCheck(state);
    expect(eventsOf(state)).toEqual([expect.objectContaining({ type: 'LeaderElected', partition: 1, broker: 1, detail: 'preferred' })]);
  });

  it('the ZooKeeper-era controller waits until a broker leads less than leader.imbalance.per.broker.percentage', () => {
    const topics = [{ name: 't', partitions: 20, replicationFactor: 3, assignment: Array.from({ length: 20 }, () => [1, 2, 3]) }];
    const state = inStep(clusterState({ topics, cluster: { brokers: 3, metadata: 'zookeeper' } }), 100);
    state.controller.partitions['t-0'] = { ...metaOf(state, 't-0'), leader: 2, leaderEpoch: 1 };
    state.controller.partitions['t-1'] = { ...metaOf(state, 't-1'), leader: 2, leaderEpoch: 1 };
    expect(leaderImbalanceCheck(state).routine).toBe(true); // 2 of 20 = 10 %, not over 10 %
    state.controller.partitions['t-2'] = { ...metaOf(state, 't-2'), leader: 2, leaderEpoch: 1 };
    leaderImbalanceCheck(state);
    expect(eventsOf(state, 'LeaderElected')).toHaveLength(3);
  });
});

describe('publishing metadata', () => {
  it('goes to registered brokers only', () => {
    const state = inStep(clusterState(), 100);
    state.controller.brokers['2'].registered = false;
    const since = mark(state);
    publishMetadata(state, [], 'test');
    expect(sentSince(state, since).map((m) => m.to)).toEqual(['broker-1', 'broker-3']);
  });
});
