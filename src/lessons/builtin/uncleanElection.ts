// Seed 001 (Expert zone: "replication ... can lead to data loss in rare failure cases unless
// configured for stronger guarantees"): with unclean.leader.election.enable=true even acks=all
// loses acknowledged records, because an out-of-sync replica may become leader.
import { lessonCompares } from '../extras/compares';
import type { Lesson } from '../types';

const send = (atMs: number, value: string) => ({ atMs, do: 'produce' as const, producer: 'p1', topic: 'orders', value });

export const uncleanElection: Lesson = {
  id: 'unclean-election',
  title: 'Unclean leader election: acks=all is not enough',
  seedRefs: ['001'],
  summary:
    "orders-0 has two replicas and unclean.leader.election.enable=true. Broker 2 falls out of the ISR; order-2 … order-4 are acknowledged with acks=all by broker 1 alone. Broker 1 dies, broker 2 comes back and is made leader without them: three acknowledged records are lost.",
  anomalies: ['lost-write', 'inconsistent-offsets'],
  scenario: {
    version: 1,
    title: 'Unclean leader election',
    description: 'Two replicas [1,2], min.insync.replicas=1, unclean.leader.election.enable=true, acks=all.',
    seed: 1,
    durationMs: 45000,
    cluster: { brokers: 2, config: { 'unclean.leader.election.enable': true } },
    topics: [{ name: 'orders', partitions: 1, replicationFactor: 2, assignment: [[1, 2]] }],
    producers: [{ id: 'p1', config: { acks: 'all', 'linger.ms': 0, 'request.timeout.ms': 3000, 'delivery.timeout.ms': 5000 } }],
    script: [
      send(0, 'order-0'),
      send(100, 'order-1'),
      { atMs: 1000, do: 'crashBroker', broker: 2 },
      send(11000, 'order-2'),
      send(11100, 'order-3'),
      send(11200, 'order-4'),
      { atMs: 12000, do: 'crashBroker', broker: 1 },
      { atMs: 24000, do: 'restartBroker', broker: 2 },
      send(30000, 'order-5'),
      { atMs: 36000, do: 'restartBroker', broker: 1 },
    ],
  },
  narration: [
    { event: { type: 'HighWatermarkAdvanced', topic: 'orders', partition: 0, offset: 2 }, text: "'order-0' and 'order-1' are on both replicas: committed." },
    { event: { type: 'BrokerCrashed', broker: 2 }, text: 'Broker 2, the follower, crashes.' },
    { event: { type: 'IsrChanged', topic: 'orders', partition: 0 }, text: 'The controller fences broker 2 and shrinks the ISR to {1}. min.insync.replicas=1 allows that, so acks=all now means "broker 1 has it".' },
    { event: { type: 'ProduceAcked', producer: 'p1', offset: 4 }, text: "'order-2' … 'order-4' are acknowledged with acks=all, yet only broker 1 holds them." },
    { event: { type: 'BrokerCrashed', broker: 1 }, text: 'Broker 1, the leader and the only in-sync replica, crashes too.' },
    { event: { type: 'PartitionOffline', topic: 'orders', partition: 0 }, text: 'With no in-sync replica alive, orders-0 goes offline. With unclean election off it would stay offline until broker 1 returned, and nothing would be lost.' },
    { event: { type: 'LeaderElected', topic: 'orders', partition: 0 }, text: "But unclean election is on: the controller makes broker 2 leader although it was out of sync. Its log ends at offset 2, so 'order-2' … 'order-4' are gone: three lost writes." },
    { event: { type: 'RecordAppended', topic: 'orders', partition: 0, broker: 2 }, text: "'order-5' takes offset 2, which used to hold 'order-2'." },
    { event: { type: 'LogTruncated', topic: 'orders', partition: 0, broker: 1 }, text: 'Broker 1 returns and truncates its log to match the new leader: its copies of the lost records are deleted.' },
  ],
  stages: [
    { id: 'shrink', title: 'A follower drops out of the ISR', event: { type: 'IsrChanged', topic: 'orders', partition: 0 } },
    { id: 'acked', title: 'acks=all is satisfied by the leader alone', event: { type: 'ProduceAcked', producer: 'p1', offset: 4 } },
    { id: 'offline', title: 'The last in-sync replica dies', event: { type: 'PartitionOffline', topic: 'orders', partition: 0 } },
    { id: 'unclean', title: 'An out-of-sync replica is elected', event: { type: 'LeaderElected', topic: 'orders', partition: 0 } },
    { id: 'truncate', title: 'The old leader truncates', event: { type: 'LogTruncated', topic: 'orders', partition: 0 } },
  ],
  code: {
    language: 'java',
    lines: [
      '// broker: unclean.leader.election.enable=true, min.insync.replicas=1',
      'props.put("acks", "all");',
      'producer.send(new ProducerRecord<>("orders", "order-2")).get();  // acknowledged: ISR is {1}',
      '// broker 1 crashes; broker 2 returns and is elected uncleanly',
      'producer.send(new ProducerRecord<>("orders", "order-5")).get();  // offset 2 again',
    ],
    cues: [
      { line: 2, event: { type: 'RecordSent', producer: 'p1' } },
      { line: 3, event: { type: 'RecordSent', producer: 'p1', nth: 3 } },
      { line: 4, event: { type: 'LeaderElected', topic: 'orders', partition: 0 } },
      { line: 5, event: { type: 'RecordSent', producer: 'p1', nth: 6 } },
    ],
  },
  keyMoments: [
    {
      question: 'Why is acks=all acknowledged by one broker?',
      answer: 'acks=all waits for the current ISR, not for every replica. With broker 2 out of the ISR and min.insync.replicas=1, the leader alone is enough.',
      event: { type: 'ProduceAcked', producer: 'p1', offset: 4 },
    },
    {
      question: 'What makes this election "unclean"?',
      answer: 'Broker 2 was not in the ISR: it lacks records the producer was told were safe. unclean.leader.election.enable=true trades those records for availability.',
      event: { type: 'LeaderElected', topic: 'orders', partition: 0 },
    },
    {
      question: 'How would you avoid this loss?',
      answer: 'Keep unclean election off (the default) and set min.insync.replicas=2 with enough replicas: acks=all writes are then refused, not silently exposed, when only one replica is in sync.',
      event: { type: 'LogTruncated', topic: 'orders', partition: 0 },
    },
  ],
  tracker: [
    { kind: 'record', producer: 'p1', value: 'order-3' },
    { kind: 'leader', topic: 'orders', partition: 0 },
    { kind: 'isr', topic: 'orders', partition: 0 },
    { kind: 'highWatermark', topic: 'orders', partition: 0 },
    { kind: 'logEndOffset', topic: 'orders', partition: 0, broker: 1 },
    { kind: 'logEndOffset', topic: 'orders', partition: 0, broker: 2 },
  ],
  compare: lessonCompares['unclean-election'],
  concept: [
    'acks=all means every replica in the current ISR, and the ISR can shrink to the leader alone.',
    'min.insync.replicas puts a floor under that: below it, acks=all writes are refused.',
    'Unclean election lets an out-of-sync replica lead when no in-sync one is alive: available, but acknowledged records are lost.',
    'With unclean election off, the partition waits offline for an in-sync replica instead.',
  ],
  quiz: [
    { kind: 'leaderAfterCrash', topic: 'orders', partition: 0, broker: 1 },
    { kind: 'leaderAfterCrash', topic: 'orders', partition: 0, broker: 1, nextLeader: true },
    { kind: 'recordSurvives', producer: 'p1', value: 'order-3' },
    { kind: 'sendOutcome', producer: 'p1', value: 'order-3' },
    { kind: 'isrChange', topic: 'orders', partition: 0 },
  ],
};
