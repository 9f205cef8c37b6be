// Seeds 001 and 003 (broker coordination "via ZooKeeper, or KRaft in newer versions"): the same
// failure played twice, once per metadata mode. The rules are the same; who keeps the metadata
// and how brokers learn about changes differ, and the narration says how.
import type { Lesson } from '../types';
import type { ScenarioFile } from '../../scenario/schema';

function scenario(metadata: 'kraft' | 'zookeeper', title: string): ScenarioFile {
  const send = (atMs: number, key: string, value: string) => ({ atMs, do: 'produce' as const, producer: 'p1', topic: 'orders', key, value });
  // ZooKeeper notices the crash only when broker 1's session expires (zookeeper.session.timeout.ms,
  // 18 s), so there broker 1 returns and the preferred election runs later.
  const later = metadata === 'zookeeper' ? 8000 : 0;
  return {
    version: 1,
    title,
    description: 'Broker 1 crashes, the controller moves leadership, broker 1 returns and a preferred leader election gives its partition back.',
    seed: 1,
    durationMs: 30000 + later,
    cluster: { brokers: 3, metadata },
    topics: [{ name: 'orders', partitions: 3, replicationFactor: 2 }],
    producers: [{ id: 'p1', config: { 'linger.ms': 0 } }],
    script: [
      send(1000, 'alice', 'order-1'),
      send(1100, 'dave', 'order-2'),
      send(1200, 'carol', 'order-3'),
      { atMs: 3000, do: 'crashBroker', broker: 1 },
      send(14000, 'alice', 'order-4'),
      { atMs: 18000 + later, do: 'restartBroker', broker: 1 },
      { atMs: 24000 + later, do: 'electPreferredLeaders', topic: 'orders' },
    ],
  };
}

const shared = {
  anomalies: [],
  stages: [
    { id: 'crash', title: 'A broker crashes', event: { type: 'BrokerCrashed', broker: 1 } },
    { id: 'detect', title: 'The controller detects it', event: { type: 'BrokerFenced', broker: 1 } },
    { id: 'elect', title: 'The controller elects a new leader', event: { type: 'LeaderElected', topic: 'orders', partition: 0 } },
    { id: 'apply', title: 'Brokers apply the new metadata', event: { type: 'BecameLeader', topic: 'orders', partition: 0 } },
    { id: 'rejoin', title: 'The broker returns and is let back in', event: { type: 'BrokerUnfenced', broker: 1 } },
    { id: 'preferred', title: 'The preferred leader takes over again', event: { type: 'LeaderElected', topic: 'orders', partition: 0, nth: 2 } },
  ],
  code: {
    language: 'java' as const,
    lines: [
      '// No client code chooses leaders: the controller does.',
      '// broker 1 crashes',
      '// the controller fences broker 1 and elects broker 2 for orders-0',
      'producer.send(new ProducerRecord<>("orders", "alice", "order-4"));  // refreshes metadata, finds broker 2',
      '// broker 1 restarts and registers again',
      'admin.electLeaders(ElectionType.PREFERRED, Set.of(new TopicPartition("orders", 0)));',
    ],
    cues: [
      { line: 2, event: { type: 'BrokerCrashed', broker: 1 } },
      { line: 3, event: { type: 'LeaderElected', topic: 'orders', partition: 0 } },
      { line: 4, event: { type: 'RecordSent', producer: 'p1', nth: 4 } },
      { line: 5, event: { type: 'BrokerRegistered', broker: 1 } },
      { line: 6, event: { type: 'LeaderElected', topic: 'orders', partition: 0, nth: 2 } },
    ],
  },
  quiz: [
    { kind: 'leaderAfterCrash' as const, topic: 'orders', partition: 0, broker: 1 },
    { kind: 'highWatermark' as const, topic: 'orders', partition: 0, at: { type: 'HighWatermarkAdvanced', topic: 'orders', partition: 0, after: { type: 'LeaderElected', topic: 'orders', partition: 0 } } },
    { kind: 'storedAt' as const, value: 'order-4' },
  ],
} satisfies Pick<Lesson, 'anomalies' | 'stages' | 'code' | 'quiz'>;

const moment = (question: string, answer: string, event: Lesson['keyMoments'][number]['event']) => ({ question, answer, event });
const delayMoment = moment('Why does the election wait about 9 seconds?', 'A crashed broker says nothing. The controller only acts when heartbeats have been missing for broker.session.timeout.ms (9 s).', { type: 'BrokerFenced', broker: 1 });
const preferredMoment = moment('Why does broker 1 not lead orders-0 again as soon as it returns?', 'A returning broker first catches up as a follower. Leadership moves back only with a preferred leader election (auto.leader.rebalance.enable is off here).', { type: 'BrokerUnfenced', broker: 1 });

export const controllerKraft: Lesson = {
  id: 'controller-kraft',
  title: 'The controller, now: KRaft',
  seedRefs: ['001', '003'],
  summary: 'In KRaft mode a quorum of controllers keeps the cluster metadata in a Raft log. Broker 1 crashes; the active controller fences it and moves leadership; brokers learn the change from the metadata log.',
  scenario: scenario('kraft', 'The controller: KRaft'),
  narration: [
    { event: { type: 'BrokerCrashed', broker: 1 }, text: 'Broker 1 crashes. It led orders-0 and was a follower of orders-2.' },
    { event: { type: 'BrokerFenced', broker: 1 }, text: 'The active controller, the leader of the KRaft quorum, has had no heartbeat from broker 1 for broker.session.timeout.ms (9 s). It fences broker 1 and, in the same metadata change, removes it from every ISR …' },
    { event: { type: 'LeaderElected', topic: 'orders', partition: 0 }, text: '… and elects broker 2 as leader of orders-0. The change is a record in the metadata log (__cluster_metadata).' },
    { event: { type: 'BecameLeader', topic: 'orders', partition: 0 }, text: 'Broker 2 applies the metadata change and leads orders-0 in leader epoch 1.' },
    { event: { type: 'BrokerRegistered', broker: 1 }, text: 'Broker 1 restarts and registers with the controller, which gives it a new broker epoch. It stays fenced until its first heartbeat.' },
    { event: { type: 'BrokerUnfenced', broker: 1 }, text: 'The heartbeat arrives: broker 1 is unfenced and starts catching up as a follower.' },
    { event: { type: 'IsrExpanded', topic: 'orders', partition: 0 }, text: 'The leader asks the controller (AlterPartition) to add broker 1 back to the ISR of orders-0.' },
    { event: { type: 'LeaderElected', topic: 'orders', partition: 0, nth: 2 }, text: 'A preferred leader election moves orders-0 back to broker 1, first in its replica list. Every leader change bumps the leader epoch.' },
  ],
  keyMoments: [
    moment('Who decides that broker 2 leads orders-0?', 'The controller. In KRaft mode that is the active controller of the Raft quorum; brokers only apply what it writes to the metadata log.', { type: 'LeaderElected', topic: 'orders', partition: 0 }),
    delayMoment,
    preferredMoment,
  ],
  concept: [
    'One controller manages the cluster metadata: which brokers are alive, partition leaders and ISRs.',
    'KRaft (Kafka 3.3+, the only mode since 4.0): a Raft quorum of controllers keeps the metadata in a log; the active controller is its leader.',
    'Brokers register, heartbeat, and are fenced when heartbeats stop; fencing moves leadership away.',
    'Brokers learn changes by replaying the metadata log.',
  ],
  ...shared,
};

export const controllerZookeeper: Lesson = {
  id: 'controller-zookeeper',
  title: 'The controller, then: ZooKeeper',
  seedRefs: ['001', '003'],
  summary: 'The same failure in ZooKeeper mode (Kafka 3.x and earlier): ZooKeeper tracks which brokers are alive, one broker acts as the controller, and it pushes leader changes to the others.',
  scenario: scenario('zookeeper', 'The controller: ZooKeeper'),
  narration: [
    { event: { type: 'BrokerCrashed', broker: 1 }, text: 'Broker 1 crashes. It led orders-0. In ZooKeeper mode one broker also acts as the controller.' },
    { event: { type: 'BrokerFenced', broker: 1 }, text: "Broker 1's ZooKeeper session expires and its ephemeral node /brokers/ids/1 disappears. The controller, now broker 2, sees it go and removes broker 1 from every ISR …" },
    { event: { type: 'LeaderElected', topic: 'orders', partition: 0 }, text: '… elects broker 2 as leader of orders-0, writes the new leader and ISR to ZooKeeper, and sends LeaderAndIsr requests to the brokers.' },
    { event: { type: 'BecameLeader', topic: 'orders', partition: 0 }, text: 'Broker 2 receives the request and leads orders-0 in leader epoch 1.' },
    { event: { type: 'BrokerRegistered', broker: 1 }, text: 'Broker 1 restarts and creates /brokers/ids/1 again; the controller notices the new broker.' },
    { event: { type: 'BrokerUnfenced', broker: 1 }, text: 'Broker 1 is back in the cluster and catches up as a follower.' },
    { event: { type: 'IsrExpanded', topic: 'orders', partition: 0 }, text: 'The leader adds broker 1 back to the ISR and records the change.' },
    { event: { type: 'LeaderElected', topic: 'orders', partition: 0, nth: 2 }, text: 'A preferred leader election gives orders-0 back to broker 1. KRaft replaced all of this in Kafka 4.0: the metadata now lives in Kafka itself.' },
  ],
  keyMoments: [
    moment('Who decides that broker 2 leads orders-0?', 'The controller: in ZooKeeper mode one broker, elected through ZooKeeper, holds the role and tells the others.', { type: 'LeaderElected', topic: 'orders', partition: 0 }),
    delayMoment,
    preferredMoment,
  ],
  concept: [
    'One controller manages the cluster metadata: which brokers are alive, partition leaders and ISRs.',
    'ZooKeeper mode (up to Kafka 3.9): ZooKeeper stores the metadata; brokers keep ephemeral nodes while alive; one broker wins /controller.',
    'The controller pushes changes to brokers (LeaderAndIsr, UpdateMetadata).',
    'Kafka 4.0 removed ZooKeeper: KRaft keeps the metadata in a Raft log inside Kafka.',
  ],
  ...shared,
};
