// Rows of the network's faults, partitions added and acks changed, rendered from their events.
import { describe, expect, it } from 'vitest';
import { renderRow } from './index';
import { stepOf } from './testEvents.testkit';

describe('script and intervention rows', () => {
  it('isolates a node', () => {
    expect(renderRow(stepOf({ type: 'NodeIsolated', detail: 'broker-2', node: 'broker-2' }))).toEqual({
      component: 'Network', action: 'Isolated broker-2: every link to and from it is cut', messageState: 'Messages on affected links are lost', output: 'It keeps running but can talk to no one',
    });
  });

  it('cuts a link', () => {
    expect(renderRow(stepOf({ type: 'LinkCut', detail: 'broker-1|controller', node: 'broker-1', peer: 'controller' })).action).toBe('Cut the link between broker-1 and controller');
  });

  it('heals one node, or every link', () => {
    expect(renderRow(stepOf({ type: 'NetworkHealed', detail: 'p1', node: 'p1' })).action).toBe('Healed every link of p1');
    expect(renderRow(stepOf({ type: 'NetworkHealed', detail: 'all', node: null })).action).toBe('Healed every link');
  });

  it('adds partitions, listing each one created', () => {
    const row = renderRow(stepOf(
      { type: 'PartitionCreated', topic: 'orders', partition: 2, replicas: [3, 1], leader: 3 },
      { type: 'PartitionCreated', topic: 'orders', partition: 3, replicas: [1, 2], leader: null },
      { type: 'PartitionsAdded', topic: 'orders', detail: '2→4', before: 2, count: 4 },
    ));
    expect(row).toEqual({
      component: 'Controller', action: 'Added partitions to orders: 2→4', messageState: 'Keys now hash over more partitions; existing records stay where they are',
      output: 'orders-2 on 3,1 (leader 3); orders-3 on 1,2 (leader none)',
    });
  });

  it('changes acks, saying what the producer now waits for', () => {
    expect(renderRow(stepOf({ type: 'AcksChanged', producer: 'p1', before: 'all', acks: '1' }))).toEqual({
      component: 'Producer p1', action: 'acks changed all→1', messageState: 'Waits for the leader only', output: 'Idempotence is off (it needs acks=all)',
    });
    expect(renderRow(stepOf({ type: 'AcksChanged', producer: 'p1', before: '1', acks: 'all' })).output).toBe('Applies to batches sent from now on');
    expect(renderRow(stepOf({ type: 'AcksChanged', producer: 'p1', before: '1', acks: '0' })).messageState).toBe('Waits for nothing');
  });
});
