// The wire's names: which messages wait for an answer, the API a message belongs to, and the names
// rows and the diagram show (a consumer's messages keep the read side's former names).
import { describe, expect, it } from 'vitest';
import { clusterState } from '../testkit/stateBuilders.testkit';
import { messageNames } from './network';
import { apiOf, requestIdOf, shownNames, type WireMessage } from './wire';

const fetchRequest: WireMessage = { type: 'FetchRequest', requestId: 7, replicaId: -1, brokerEpoch: -1, maxWaitMs: 500, partitions: [] };
const joinResponse: WireMessage = { type: 'JoinGroupResponse', requestId: 8, error: null, memberId: 'c1-1', generation: 1, protocol: 'range', leader: 'c1-1', members: [] };

describe('the wire', () => {
  it('a request carries the id its sender waits on; an answer or a push does not', () => {
    expect(requestIdOf(fetchRequest)).toBe(7);
    expect(requestIdOf({ type: 'MetadataRequest', requestId: 3, client: 'p1' })).toBe(3);
    expect(requestIdOf({ type: 'FetchResponse', requestId: 7, partitions: [] })).toBeNull();
    expect(requestIdOf({ type: 'MetadataUpdate', offset: 1, partitions: [], fencedBrokers: [], reason: 'x' })).toBeNull();
  });

  it('names the API of a request and of its answer alike', () => {
    expect(apiOf(fetchRequest)).toBe('Fetch');
    expect(apiOf(joinResponse)).toBe('JoinGroup');
    expect(apiOf({ type: 'AlterPartitionResponse', topic: 't', partition: 0, error: null, meta: { topic: 't', partition: 0, replicas: [1], leader: 1, leaderEpoch: 0, partitionEpoch: 0, isr: [1] } })).toBe('AlterPartition');
  });

  it('shows a consumer’s messages as the read side always has, everyone else’s by their type', () => {
    expect(shownNames(fetchRequest, false)).toEqual({ kind: 'FetchRequest', label: 'FetchRequest' });
    expect(shownNames(fetchRequest, true)).toEqual({ kind: 'Fetch', label: 'ConsumerMessage' });
    expect(shownNames(joinResponse, true)).toEqual({ kind: 'JoinGroupResponse', label: 'ConsumerMessage' });
  });

  it('a message is a consumer’s when it goes to or from one; a closed connection when the consumer’s client saw it', () => {
    const state = clusterState({ consumers: [{ id: 'c1', groupId: 'g', topics: ['t'] }] });
    const msg = (from: string, to: string, body: WireMessage) => ({ id: 1, from, to, sentAtMs: 0, deliverAtMs: 1, body });
    expect(messageNames(state, msg('c1', 'broker-1', fetchRequest)).label).toBe('ConsumerMessage');
    expect(messageNames(state, msg('broker-2', 'broker-1', { ...fetchRequest, replicaId: 2 } as WireMessage)).label).toBe('FetchRequest');
    expect(messageNames(state, msg('broker-1', 'c1', { type: 'ConnectionClosed', requestIds: [4] })).label).toBe('ConnectionClosed');
    expect(messageNames(state, msg('broker-1', 'c1', { type: 'ConnectionClosed', requestIds: [4], seenByClient: true }))).toEqual({ kind: 'ConnectionClosed', label: 'ConsumerMessage' });
  });
});
