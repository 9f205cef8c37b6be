// Seed 003 ("Kafka - Work Flow"): publish-subscribe between groups, a queue within a group, and
// more consumers than partitions leaving one idle until another leaves.
import { lessonCompares } from '../extras/compares';
import type { Lesson } from '../types';

const member = (id: string, groupId: string) => ({ id, groupId, topics: ['orders'], config: { 'auto.offset.reset': 'earliest' as const } });
const send = (atMs: number, key: string, value: string) => ({ atMs, do: 'produce' as const, producer: 'p1', topic: 'orders', key, value });

export const consumerGroups: Lesson = {
  id: 'consumer-groups',
  title: 'Consumer groups: publish-subscribe and queues',
  seedRefs: ['003', '001'],
  summary:
    "Topic orders has 2 partitions. Group 'billing' has three consumers, group 'audit' one. Each group gets every record; inside 'billing' the partitions are shared out and the third consumer waits idle until another leaves.",
  anomalies: [],
  scenario: {
    version: 1,
    title: 'Consumer groups',
    description: "Two groups on a 2-partition topic: 'billing' (c1, c2, c3) shares the work, 'audit' (a1) reads everything.",
    seed: 1,
    durationMs: 20000,
    cluster: { brokers: 1 },
    topics: [{ name: 'orders', partitions: 2, replicationFactor: 1 }],
    producers: [{ id: 'p1', config: { 'linger.ms': 0 } }],
    consumers: [member('c1', 'billing'), member('c2', 'billing'), member('c3', 'billing'), member('a1', 'audit')],
    script: [
      send(7000, 'alice', 'order-1'),
      send(7200, 'bob', 'order-2'),
      send(7400, 'frank', 'order-3'),
      send(7600, 'carol', 'order-4'),
      { atMs: 10000, do: 'stopConsumer', consumer: 'c1' },
      send(15000, 'alice', 'order-5'),
      send(15200, 'bob', 'order-6'),
    ],
  },
  narration: [
    { event: { type: 'ConsumerStarted', consumer: 'c1' }, text: "Three consumers start in group 'billing' and one, a1, in group 'audit'. Both groups subscribe to orders, which has 2 partitions." },
    { event: { type: 'PartitionsAssigned', consumer: 'a1' }, text: "'audit' has a single member, so a1 gets both partitions: alone in its group, a consumer reads everything." },
    { event: { type: 'PartitionsAssigned', consumer: 'c1' }, text: "'billing' shares the partitions out: c1 gets orders-0, c2 gets orders-1 …" },
    { event: { type: 'PartitionsAssigned', consumer: 'c3' }, text: '… and c3 gets none. There are more consumers than partitions, and within a group a partition has only one owner: c3 waits idle.' },
    { event: { type: 'RecordsPolled', consumer: 'a1' }, text: "Publish-subscribe: every record reaches the 'audit' group …" },
    { event: { type: 'RecordsPolled', consumer: 'c1' }, text: "… and also 'billing', where each record is read by exactly one member: a queue. The two groups each keep their own offsets." },
    { event: { type: 'ConsumerStopped', consumer: 'c1' }, text: 'c1 leaves the group gracefully, committing its offsets first.' },
    { event: { type: 'RebalanceStarted', after: { type: 'ConsumerStopped', consumer: 'c1' } }, text: "The coordinator starts a rebalance: the remaining members of 'billing' rejoin." },
    { event: { type: 'PartitionsAssigned', consumer: 'c3', nth: 2 }, text: 'The idle c3 now gets a partition and resumes from the committed offset: nothing is read twice, nothing is skipped.' },
    { event: { type: 'RecordsPolled', consumer: 'c3' }, text: "New orders go to c2 and c3 — and, as always, to a1 in 'audit'." },
  ],
  stages: [
    { id: 'join', title: 'Consumers join their groups', event: { type: 'ConsumerStarted', consumer: 'c1' } },
    { id: 'share', title: "'billing' shares the partitions out", event: { type: 'PartitionsAssigned', consumer: 'c1' } },
    { id: 'idle', title: 'The extra consumer stays idle', event: { type: 'PartitionsAssigned', consumer: 'c3' } },
    { id: 'pubsub', title: 'Every group gets every record', event: { type: 'RecordsPolled', consumer: 'a1' } },
    { id: 'queue', title: 'Within a group, one reader per record', event: { type: 'RecordsPolled', consumer: 'c1' } },
    { id: 'leave', title: 'A member leaves: rebalance', event: { type: 'ConsumerStopped', consumer: 'c1' } },
    { id: 'takeover', title: 'The idle member takes over', event: { type: 'PartitionsAssigned', consumer: 'c3', nth: 2 } },
  ],
  code: {
    language: 'java',
    lines: [
      'props.put("group.id", "billing");  // c1, c2 and c3 share this id; a1 uses "audit"',
      'consumer.subscribe(List.of("orders"));',
      'consumer.poll(Duration.ofMillis(100));  // joins the group and gets its partitions',
      'for (ConsumerRecord<String, String> r : consumer.poll(Duration.ofMillis(100))) bill(r);',
      'consumer.close();  // leaves the group: the others rebalance',
    ],
    cues: [
      { line: 2, event: { type: 'ConsumerStarted', consumer: 'c1' } },
      { line: 3, event: { type: 'PartitionsAssigned', consumer: 'c1' } },
      { line: 4, event: { type: 'RecordsPolled', consumer: 'c1' } },
      { line: 5, event: { type: 'ConsumerStopped', consumer: 'c1' } },
    ],
  },
  keyMoments: [
    {
      question: 'Why does c3 receive nothing at first?',
      answer: 'orders has 2 partitions and a partition has one owner per group. With 3 consumers, one must wait until another leaves.',
      event: { type: 'PartitionsAssigned', consumer: 'c3' },
    },
    {
      question: 'Do consumers in the same group read the same message?',
      answer: "No: c1 and c2 split the partitions, so each record goes to one of them. a1, in another group, receives every record as well.",
      event: { type: 'RecordsPolled', consumer: 'c1' },
    },
    {
      question: 'When does c3 start working?',
      answer: 'When c1 leaves, the group rebalances and c3 is given a partition, starting from the offset the group committed.',
      event: { type: 'PartitionsAssigned', consumer: 'c3', nth: 2 },
    },
  ],
  tracker: [
    { kind: 'generation', groupId: 'billing' },
    { kind: 'assignment', consumer: 'c1' },
    { kind: 'assignment', consumer: 'c2' },
    { kind: 'assignment', consumer: 'c3' },
    { kind: 'assignment', consumer: 'a1' },
    { kind: 'committed', groupId: 'billing', topic: 'orders', partition: 0 },
  ],
  compare: lessonCompares['consumer-groups'],
  concept: [
    'Consumers with the same group.id form a group; the group shares the partitions, one owner each (a queue).',
    'Different groups are independent: each gets every record and keeps its own offsets (publish-subscribe).',
    'More consumers than partitions: the extras stay idle until someone leaves.',
    'Joining or leaving triggers a rebalance; the new owner resumes from the committed offset.',
  ],
  quiz: [
    { kind: 'assignedConsumer', groupId: 'billing', topic: 'orders', partition: 0 },
    { kind: 'assignedConsumer', groupId: 'audit', topic: 'orders', partition: 1 },
    { kind: 'assignedConsumer', groupId: 'billing', topic: 'orders', partition: 1, at: { type: 'PartitionsAssigned', consumer: 'c3', nth: 2 } },
    { kind: 'partitionForKey', topic: 'orders', key: 'alice' },
    { kind: 'resumeOffset', consumer: 'c3', topic: 'orders', partition: 1, after: { type: 'ConsumerStopped', consumer: 'c1' } },
  ],
};
