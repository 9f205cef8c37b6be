// Seeds 001 and 003 (broker coordination "via ZooKeeper, or KRaft in newer versions"): the same
// failure played twice, once per metadata mode. The rules are the same; who keeps the metadata
// and how brokers learn about changes differ, and the narration says how.
import { lessonCompares } from '../extras/compares';
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
  tracker: [
    { kind: 'broker' as const, broker: 1 },
    { kind: 'leader' as const, topic: 'orders', partition: 0 },
    { kind: 'isr' as const, topic: 'orders', partition: 0 },
    { kind: 'highWatermark' as const, topic: 'orders', partition: 0 },
    { kind: 'logEndOffset' as const, topic: 'orders', partition: 0, broker: 1 },
  ],
  stages: [
    { id: 'crash', title: 'A broker crashes', event: { type: 'BrokerCrashed', broker: 1 } },
    { id: 'detect', title: 'The controller detects it', event: { type: 'BrokerFenced', broker: 1 } },
    { id: 'elect', title: 'The controller elects a new leader', event: { type: 'LeaderElected', topic: 'orders', partition: 0 } },
    { id: 'apply', title: 'Brokers apply the new metadata', event: { type: 'BecameLeader', topic: 'orders', partition: 0 } },
    { id: 'rejoin', title: 'The broker returns and is let back in', event: { type: 'BrokerUnfenced', broker: 1 } },
    { id: 'preferred', title: 'The preferred leader takes over again', event: { type: 'LeaderElected', topic: 'orders', partition: 0, nth: 2 } },
  ],
  quiz: [
    { kind: 'fencedAfter' as const, broker: 1 },
    { kind: 'controllerAfterCrash' as const, broker: 1 },
    { kind: 'leaderAfterCrash' as const, topic: 'orders', partition: 0, broker: 1 },
    { kind: 'highWatermark' as const, topic: 'orders', partition: 0, at: { type: 'HighWatermarkAdvanced', topic: 'orders', partition: 0, after: { type: 'LeaderElected', topic: 'orders', partition: 0 } } },
  ],
} satisfies Pick<Lesson, 'anomalies' | 'tracker' | 'stages' | 'quiz'>;

/** The client's view: in ZooKeeper mode 'order-4' is sent while broker 1 is still the named leader. */
function code(metadata: 'kraft' | 'zookeeper'): Lesson['code'] {
  const elect = '// the controller fences broker 1 and elects broker 2 for orders-0';
  const send = 'producer.send(new ProducerRecord<>("orders", "alice", "order-4"));';
  const zk = metadata === 'zookeeper';
  return {
    language: 'java',
    lines: [
      '// No client code chooses leaders: the controller does.',
      '// broker 1 crashes',
      zk ? `${send}  // broker 1 still leads on paper: retries` : elect,
      zk ? "// broker 1's ZooKeeper session expires: broker 2 takes /controller and elects broker 2 for orders-0" : `${send}  // refreshes metadata, finds broker 2`,
      '// broker 1 restarts and registers again',
      'admin.electLeaders(ElectionType.PREFERRED, Set.of(new TopicPartition("orders", 0)));',
    ],
    cues: [
      { line: 2, event: { type: 'BrokerCrashed', broker: 1 } },
      { line: zk ? 4 : 3, event: { type: 'LeaderElected', topic: 'orders', partition: 0 } },
      { line: zk ? 3 : 4, event: { type: 'RecordSent', producer: 'p1', nth: 4 } },
      { line: 5, event: { type: 'BrokerRegistered', broker: 1 } },
      { line: 6, event: { type: 'LeaderElected', topic: 'orders', partition: 0, nth: 2 } },
    ],
  };
}

const moment = (question: string, answer: string, event: Lesson['keyMoments'][number]['event']) => ({ question, answer, event });
const delayMoment = moment('Why does the election wait about 9 seconds?', 'A crashed broker says nothing. The active controller only acts when heartbeats have been missing for broker.session.timeout.ms (9 s).', { type: 'BrokerFenced', broker: 1 });
const zkDelayMoment = moment(
  'Why does nothing happen for about 18 seconds after broker 1 crashes?',
  "ZooKeeper only knows a broker is dead when its session expires: zookeeper.session.timeout.ms (18 s) without a ping. Until then /brokers/ids/1 — and /controller, which broker 1 held — stay, and the producer keeps retrying a dead leader. KRaft's heartbeat deadline (broker.session.timeout.ms, 9 s) is half that.",
  { type: 'ControllerElected' },
);
const preferredMoment = moment('Why does broker 1 not lead orders-0 again as soon as it returns?', 'A returning broker first catches up as a follower. Leadership moves back only with a preferred leader election (auto.leader.rebalance.enable is off here).', { type: 'BrokerUnfenced', broker: 1 });

export const controllerKraft: Lesson = {
  id: 'controller-kraft',
  title: 'The controller, now: KRaft',
  seedRefs: ['001', '003'],
  summary: 'In KRaft mode a quorum of controllers keeps the cluster metadata in a Raft log. Broker 1 crashes; the active controller, which is not a broker, fences it once 9 s pass without a heartbeat and moves leadership; brokers learn the change from the metadata log.',
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
    delayMoment,
    moment('Who decides that broker 2 leads orders-0?', 'The controller. In KRaft mode that is the active controller of the Raft quorum, not a broker: a broker crashing never moves it. Brokers only apply what it writes to the metadata log.', { type: 'LeaderElected', topic: 'orders', partition: 0 }),
    preferredMoment,
  ],
  code: code('kraft'),
  compare: lessonCompares['controller-kraft'],
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
  summary: 'The same failure in ZooKeeper mode (Kafka 3.x and earlier): ZooKeeper tracks which brokers are alive through their sessions, one broker holds /controller, and it pushes leader changes to the others. The crashed broker was the controller, and ZooKeeper needs its 18 s session timeout to notice.',
  scenario: scenario('zookeeper', 'The controller: ZooKeeper'),
  narration: [
    { event: { type: 'BrokerCrashed', broker: 1 }, text: "Broker 1 crashes. It led orders-0 — and it was the controller: in ZooKeeper mode one broker holds the ephemeral node /controller. Its ZooKeeper session, and with it /brokers/ids/1 and /controller, lives on until zookeeper.session.timeout.ms (18 s) passes without a ping." },
    { event: { type: 'RecordSent', producer: 'p1', nth: 4 }, text: "p1 sends 'order-4'. For the cluster broker 1 still leads orders-0: nobody has declared it dead, so the producer retries against a broker that is gone." },
    { event: { type: 'ControllerElected' }, text: "Broker 1's session expires: ZooKeeper deletes /brokers/ids/1 and /controller. Broker 2 creates /controller first and becomes the new controller …" },
    { event: { type: 'LeaderElected', topic: 'orders', partition: 0 }, text: '… removes broker 1 from every ISR, elects broker 2 leader of orders-0, writes the new leader and ISR to ZooKeeper and sends LeaderAndIsr requests to the brokers. KRaft, with its 9 s heartbeat deadline, got here in half the time.' },
    { event: { type: 'BecameLeader', topic: 'orders', partition: 0 }, text: 'Broker 2 receives the request and leads orders-0 in leader epoch 1.' },
    { event: { type: 'BrokerRegistered', broker: 1 }, text: 'Broker 1 restarts and creates /brokers/ids/1 again; the controller, now broker 2, notices it. The controller role does not move back.' },
    { event: { type: 'BrokerUnfenced', broker: 1 }, text: 'Broker 1 is back in the cluster and catches up as a follower.' },
    { event: { type: 'IsrExpanded', topic: 'orders', partition: 0 }, text: 'The leader adds broker 1 back to the ISR and records the change.' },
    { event: { type: 'LeaderElected', topic: 'orders', partition: 0, nth: 2 }, text: 'A preferred leader election gives orders-0 back to broker 1. KRaft replaced all of this in Kafka 4.0: the metadata now lives in Kafka itself.' },
  ],
  keyMoments: [
    zkDelayMoment,
    moment('Who decides that broker 2 leads orders-0?', 'The new controller, broker 2: it won /controller when broker 1\'s session expired, then elected the leader and pushed LeaderAndIsr to the brokers.', { type: 'LeaderElected', topic: 'orders', partition: 0 }),
    moment('Does the controller role go back to broker 1 when it returns?', 'No. /controller belongs to whichever broker created it first; broker 2 holds it until its own session ends.', { type: 'BrokerRegistered', broker: 1 }),
    preferredMoment,
  ],
  code: code('zookeeper'),
  compare: lessonCompares['controller-zookeeper'],
  concept: [
    'One controller manages the cluster metadata: which brokers are alive, partition leaders and ISRs.',
    'ZooKeeper mode (up to Kafka 3.9): ZooKeeper stores the metadata; brokers keep ephemeral nodes while alive; one broker wins /controller.',
    'The controller pushes changes to brokers (LeaderAndIsr, UpdateMetadata).',
    'Kafka 4.0 removed ZooKeeper: KRaft keeps the metadata in a Raft log inside Kafka.',
  ],
  ...shared,
  tracker: [{ kind: 'controller' }, ...shared.tracker],
};
