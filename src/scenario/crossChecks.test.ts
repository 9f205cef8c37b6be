// Rules that relate one part of the file to another.
import { describe, expect, it } from 'vitest';
import { parseScenario } from './parse';
import { minimalFile } from './testFixtures';

function problems(file: unknown): string[] {
  const result = parseScenario(file);
  return result.ok ? [] : result.problems.map((p) => `${p.path}: ${p.message}`);
}

const base = () => ({
  ...minimalFile(),
  topics: [{ name: 'orders', partitions: 3, replicationFactor: 3 }],
  producers: [{ id: 'p1' }],
  consumers: [{ id: 'c1', groupId: 'g1', topics: ['orders'] }],
});

const withTopic = (t: Record<string, unknown>) => ({ ...base(), topics: [{ name: 'orders', partitions: 3, replicationFactor: 3, ...t }] });
const withScript = (...script: unknown[]) => ({ ...base(), script });

describe('topics against the cluster', () => {
  it('gives the exact replicationFactor message of the spec', () => {
    expect(problems(withTopic({ replicationFactor: 4 }))).toEqual(['topics[0].replicationFactor: 4 is more than the 3 brokers']);
  });

  it('says "broker" for a one-broker cluster', () => {
    const file = { ...withTopic({ replicationFactor: 2 }), cluster: { brokers: 1 } };
    expect(problems(file)).toContain('topics[0].replicationFactor: 2 is more than the 1 broker');
  });

  it('still compares replicationFactor with brokers when another part of cluster is wrong', () => {
    const file = { ...withTopic({ replicationFactor: 4 }), cluster: { brokers: 3, metadata: 'zk' } };
    expect(problems(file)).toEqual([
      'cluster.metadata: must be one of "kraft", "zookeeper" (got "zk")',
      'topics[0].replicationFactor: 4 is more than the 3 brokers',
    ]);
  });

  it('requires one replica list per partition', () => {
    expect(problems(withTopic({ assignment: [[1, 2, 3]] }))).toEqual([
      'topics[0].assignment: has 1 replica lists but the topic has 3 partitions (one list per partition)',
    ]);
  });

  it('requires each list to hold replicationFactor distinct, existing brokers', () => {
    const assignment = [[1, 2], [2, 3, 7], [3, 3, 1]];
    expect(problems(withTopic({ assignment }))).toEqual([
      'topics[0].assignment[0]: has 2 brokers but replicationFactor is 3',
      'topics[0].assignment[1][2]: there is no broker 7 (brokers are 1..3)',
      'topics[0].assignment[2][1]: broker 3 is listed twice; replicas must be different brokers',
    ]);
  });

  it('refuses broker ids that are not whole numbers', () => {
    expect(problems(withTopic({ assignment: [[1, 2, 3], [2, 3, 'x'], [3, 1, 2]] }))).toEqual([
      'topics[0].assignment[1][2]: must be a number (got "x")',
    ]);
  });

  it('keeps an explicit assignment as written', () => {
    const assignment = [[3, 1, 2], [1, 2, 3], [2, 3, 1]];
    const result = parseScenario(withTopic({ assignment }));
    expect(result.ok && result.scenario.topics[0].assignment).toEqual(assignment);
  });
});

describe('names and ids', () => {
  it('refuses duplicate topic names and names that collide on "." versus "_"', () => {
    const file = {
      ...base(),
      topics: [
        { name: 'a.b', partitions: 1, replicationFactor: 1 },
        { name: 'a.b', partitions: 1, replicationFactor: 1 },
        { name: 'a_b', partitions: 1, replicationFactor: 1 },
        { name: '__consumer_offsets', partitions: 1, replicationFactor: 1 },
      ],
      consumers: [],
    };
    expect(problems(file)).toEqual([
      'topics[1].name: "a.b" is already the name of topics[0]',
      'topics[2].name: "a_b" collides with "a.b" (topics[0]): Kafka treats "." and "_" alike in topic names',
      'topics[3].name: "__consumer_offsets" is one of Kafka\'s internal topics; choose another name',
    ]);
  });

  it('requires producer and consumer ids to be unique across both lists', () => {
    const file = {
      ...base(),
      producers: [{ id: 'p1' }, { id: 'p1' }, { id: 'x' }],
      consumers: [{ id: 'x', groupId: 'g', topics: ['orders'] }],
    };
    expect(problems(file)).toEqual([
      'producers[1].id: "p1" is already used by producers[0]; producer and consumer ids must all differ',
      'consumers[0].id: "x" is already used by producers[2]; producer and consumer ids must all differ',
    ]);
  });

  it('refuses ids that are cluster node names', () => {
    const file = { ...base(), producers: [{ id: 'controller' }, { id: 'broker-2' }] };
    expect(problems(file)).toEqual([
      'producers[0].id: "controller" is the name of a cluster node; choose another id',
      'producers[1].id: "broker-2" is the name of a cluster node; choose another id',
    ]);
  });

  it('requires consumers to subscribe to declared topics', () => {
    const file = { ...base(), consumers: [{ id: 'c1', groupId: 'g', topics: ['orders', 'ordrs'] }] };
    expect(problems(file)).toEqual(['consumers[0].topics[1]: there is no topic "ordrs" (topics are "orders")']);
  });

  it('does not call a declared topic unknown because the topic itself has a problem', () => {
    const file = { ...base(), topics: [{ name: 'orders', partitions: 0, replicationFactor: 1 }] };
    expect(problems(file)).toEqual(['topics[0].partitions: must be at least 1 (got 0)']);
  });
});

describe('script references', () => {
  it.each([
    [{ do: 'produce', producer: 'p9', topic: 'orders', value: 'v' }, 'script[0].producer: there is no producer "p9" (producers are "p1")'],
    [{ do: 'flush', producer: 'c1' }, 'script[0].producer: there is no producer "c1" (producers are "p1")'],
    [{ do: 'produce', producer: 'p1', topic: 'nope', value: 'v' }, 'script[0].topic: there is no topic "nope" (topics are "orders")'],
    [{ do: 'crashBroker', broker: 7 }, 'script[0].broker: there is no broker 7 (brokers are 1..3)'],
    [{ do: 'restartBroker', broker: 0 }, 'script[0].broker: there is no broker 0 (brokers are 1..3)'],
    [{ do: 'isolate', node: 'broker-4' }, 'script[0].node: there is no node "broker-4" (nodes are "broker-1" to "broker-3", "controller", "p1", "c1")'],
    [{ do: 'heal', node: 'zookeeper' }, 'script[0].node: there is no node "zookeeper" (nodes are "broker-1" to "broker-3", "controller", "p1", "c1")'],
    [{ do: 'cutLink', between: ['p1', 'p2'] }, 'script[0].between[1]: there is no node "p2" (nodes are "broker-1" to "broker-3", "controller", "p1", "c1")'],
    [{ do: 'cutLink', between: ['c1', 'c1'] }, 'script[0].between: a link joins two different nodes'],
    [{ do: 'startConsumer', consumer: 'c2' }, 'script[0].consumer: there is no consumer "c2" (consumers are "c1")'],
    [{ do: 'stopConsumer', consumer: 'p1' }, 'script[0].consumer: there is no consumer "p1" (consumers are "c1")'],
    [{ do: 'crashConsumer', consumer: 'x' }, 'script[0].consumer: there is no consumer "x" (consumers are "c1")'],
    [{ do: 'commit', consumer: 'x' }, 'script[0].consumer: there is no consumer "x" (consumers are "c1")'],
    [{ do: 'addPartitions', topic: 'x', count: 5 }, 'script[0].topic: there is no topic "x" (topics are "orders")'],
    [{ do: 'addPartitions', topic: 'orders', count: 3 }, 'script[0].count: must be more than 3: topic "orders" already has 3 partitions at that time'],
    [{ do: 'electPreferredLeaders', topic: 'x' }, 'script[0].topic: there is no topic "x" (topics are "orders")'],
    [{ do: 'produce', producer: 'p1', topic: 'orders', value: 'v', partition: 3 }, 'script[0].partition: there is no partition 3: topic "orders" has partitions 0..2 at that time'],
  ])('%j → %s', (action, message) => {
    expect(problems(withScript({ atMs: 0, ...action }))).toEqual([message]);
  });

  it('accepts every node name: brokers, controller, producers, consumers', () => {
    const nodes = ['broker-1', 'broker-3', 'controller', 'p1', 'c1'];
    expect(problems(withScript(...nodes.map((node) => ({ atMs: 0, do: 'isolate', node }))))).toEqual([]);
  });

  it('says when a list is empty', () => {
    const file = { ...minimalFile(), script: [{ atMs: 0, do: 'flush', producer: 'p1' }] };
    expect(problems(file)).toEqual(['script[0].producer: there is no producer "p1" (there are no producers)']);
  });

  it('knows a partition exists once addPartitions has run, in atMs order', () => {
    const produce = (atMs: number) => ({ atMs, do: 'produce', producer: 'p1', topic: 'orders', value: 'v', partition: 4 });
    const grow = { atMs: 100, do: 'addPartitions', topic: 'orders', count: 6 };
    expect(problems(withScript(produce(200), grow))).toEqual([]);
    expect(problems(withScript(produce(50), grow))).toEqual([
      'script[0].partition: there is no partition 4: topic "orders" has partitions 0..2 at that time',
    ]);
    expect(problems(withScript(grow, { ...grow, atMs: 150, count: 5 }))).toEqual([
      'script[1].count: must be more than 6: topic "orders" already has 6 partitions at that time',
    ]);
  });
});

describe('reporting', () => {
  it('reports every problem of the file, in file order', () => {
    const file = {
      version: 2,
      title: 'x',
      cluster: { brokers: 3, config: { 'replica.lag.max': 5 } },
      topics: [{ name: 'orders', partitions: 3, replicationFactor: 4 }],
      producers: [{ id: 'p1', config: { acks: '1', 'enable.idempotence': true } }],
      consumers: [{ id: 'c1', groupId: 'g', topics: ['nope'] }],
      script: [
        { atMs: 0, do: 'crashBroker', broker: 9 },
        { atMs: 'soon', do: 'heal' },
      ],
      extra: true,
    };
    expect(problems(file)).toEqual([
      'version: must be 1 (got 2)',
      'extra: unknown field (extra top-level fields must start with "x-")',
      'cluster.config.replica.lag.max: unknown setting; did you mean "replica.lag.time.max.ms"?',
      'topics[0].replicationFactor: 4 is more than the 3 brokers',
      'producers[0].config.enable.idempotence: true requires acks=all',
      'consumers[0].topics[0]: there is no topic "nope" (topics are "orders")',
      'script[0].broker: there is no broker 9 (brokers are 1..3)',
      'script[1].atMs: must be a number (got "soon")',
    ]);
  });

  it('gives every problem a non-empty path and message', () => {
    const result = parseScenario({ cluster: 5, topics: [null, { name: 3 }], script: 'x' });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    for (const p of result.problems) {
      expect(p.path).not.toBe('');
      expect(p.message).not.toBe('');
    }
  });
});
