import { describe, expect, it } from 'vitest';
import type { BrokerView, ClusterView, PartitionView } from '../engine/view.types';
import { brokerLabel, consumerLabel, listWords, replicaLabel, sendState } from './describe';

const broker = (over: Partial<BrokerView> = {}): BrokerView => ({
  id: 2,
  status: 'up',
  isolated: false,
  fenced: false,
  brokerEpoch: 1,
  leaderOf: ['orders-0'],
  ...over,
});

const partition: PartitionView = {
  topic: 'orders',
  partition: 0,
  replicas: [2, 1, 3],
  leader: 2,
  leaderEpoch: 0,
  isr: [2, 1],
  highWatermark: 2,
  replicaLogs: [
    { broker: 2, logStartOffset: 0, logEndOffset: 3, highWatermark: 2, records: [], epochCache: [] },
    { broker: 1, logStartOffset: 0, logEndOffset: 2, highWatermark: 2, records: [], epochCache: [] },
    { broker: 3, logStartOffset: 0, logEndOffset: 1, highWatermark: 1, records: [], epochCache: [] },
  ],
};

describe('accessible names (spec/ui-surface.md)', () => {
  it('names a broker with its leaderships and state', () => {
    expect(brokerLabel(broker())).toBe('Broker 2, leader of orders-0, up');
    expect(brokerLabel(broker({ status: 'down', leaderOf: [] }))).toBe('Broker 2, leader of no partitions, down');
    expect(brokerLabel(broker({ isolated: true, leaderOf: ['orders-0', 'orders-2'] }))).toBe('Broker 2, leader of orders-0 and orders-2, up, isolated');
  });
  it('names a replica with role, ISR membership, LEO and HW', () => {
    expect(replicaLabel(partition, partition.replicaLogs[0])).toBe('orders-0 on broker 2, leader, in ISR, log end offset 3, high watermark 2');
    expect(replicaLabel(partition, partition.replicaLogs[2])).toBe('orders-0 on broker 3, follower, out of ISR, log end offset 1, high watermark 1');
  });
  it('names a consumer with its group, state and positions', () => {
    const label = consumerLabel({
      id: 'c1',
      groupId: 'billing',
      status: 'running',
      assignment: [{ topic: 'orders', partition: 0 }],
      positions: [{ topic: 'orders', partition: 0, offset: 2 }],
      received: [],
      error: null,
    });
    expect(label).toBe('Consumer c1, group billing, running, reads orders-0 at offset 2');
  });
  it('joins words in English', () => {
    expect(listWords(['a'])).toBe('a');
    expect(listWords(['a', 'b', 'c'])).toBe('a, b and c');
  });
});

describe('sendState', () => {
  const view = {
    partitions: [partition],
    consumers: [
      { id: 'c1', groupId: 'g', status: 'running', assignment: [], positions: [], error: null, received: [{ topic: 'orders', partition: 0, offset: 1, key: null, value: 'v', atMs: 1 }] },
    ],
  } as unknown as ClusterView;
  const send = { index: 0, topic: 'orders', key: 'k', value: 'v', partition: 0, error: null, attempts: 1 };
  it('follows a record from the leader to the consumer', () => {
    expect(sendState(view, { ...send, status: 'pending', offset: null })).toBe('sent, waiting for the leader');
    expect(sendState(view, { ...send, status: 'pending', offset: 2 })).toBe('on 1 of 3 replicas of orders-0 at offset 2, not yet committed');
    expect(sendState(view, { ...send, status: 'acked', offset: 1 })).toBe(
      'on 2 of 3 replicas of orders-0 at offset 1, committed (below the high watermark), acked, read by c1',
    );
    expect(sendState(view, { ...send, status: 'failed', offset: null, error: 'NOT_ENOUGH_REPLICAS' })).toBe('failed (NOT_ENOUGH_REPLICAS)');
  });
});
