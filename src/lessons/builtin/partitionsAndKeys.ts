// Seed 001 (partitions and ordering): the key picks the partition with murmur2, order holds only
// within a partition, and a hot key loads one partition.
import type { Lesson } from '../types';

const send = (atMs: number, key: string, value: string) => ({ atMs, do: 'produce' as const, producer: 'p1', topic: 'orders', key, value });

export const partitionsAndKeys: Lesson = {
  id: 'partitions-and-keys',
  title: 'Topics, partitions and keys',
  seedRefs: ['001'],
  summary:
    "Keyed orders go to a 3-partition topic. The key decides the partition (murmur2), so each customer's orders stay in order in one partition; a busy customer makes one partition hot.",
  anomalies: [],
  scenario: {
    version: 1,
    title: 'Topics, partitions and keys',
    description: 'Three partitions on three brokers; keys alice, bob, carol and dave; alice is a hot key.',
    seed: 1,
    durationMs: 10000,
    cluster: { brokers: 3 },
    topics: [{ name: 'orders', partitions: 3, replicationFactor: 1 }],
    producers: [{ id: 'p1', config: { acks: 'all', 'linger.ms': 0 } }],
    consumers: [{ id: 'c1', groupId: 'shipping', topics: ['orders'], pollIntervalMs: 200, config: { 'auto.offset.reset': 'earliest' } }],
    script: [
      { atMs: 4000, do: 'produce', producer: 'p1', topic: 'orders', key: 'alice', value: 'alice-{i}', count: 4, everyMs: 400 },
      send(4100, 'bob', 'bob-0'),
      send(4200, 'carol', 'carol-0'),
      send(4300, 'dave', 'dave-0'),
      send(4500, 'carol', 'carol-1'),
      send(4700, 'dave', 'dave-1'),
    ],
  },
  narration: [
    { event: { type: 'PartitionsAssigned', consumer: 'c1' }, text: 'Topic orders has 3 partitions, one on each broker. c1 is alone in its group, so it reads all three.' },
    { event: { type: 'RecordSent', producer: 'p1' }, text: "p1 sends 'alice-0' with key 'alice'. The producer hashes the key: murmur2('alice') mod 3 = 0, so the record goes to orders-0, led by broker 1." },
    { event: { type: 'RecordSent', producer: 'p1', partition: 2 }, text: "'carol-0' has key 'carol', which hashes to orders-2 on broker 3: different keys spread over the partitions." },
    { event: { type: 'RecordSent', producer: 'p1', partition: 1 }, text: "'dave-0' lands in orders-1. Each partition is its own log with its own offsets, starting at 0." },
    { event: { type: 'RecordsPolled', consumer: 'c1', partition: 1 }, text: 'c1 gets records from the three partitions as each fetch returns. Within a partition it reads in offset order; across partitions the interleaving is not fixed: Kafka orders records only within a partition.' },
    { event: { type: 'RecordAppended', topic: 'orders', partition: 0, offset: 2 }, text: "'alice-1' is appended to orders-0 at offset 2, after 'bob-0': the same key always reaches the same partition, where records keep their send order." },
    { event: { type: 'RecordAppended', topic: 'orders', partition: 0, offset: 4 }, text: "A hot key: all four 'alice' records (and 'bob-0') went to orders-0, while orders-1 and orders-2 got two each. One busy key loads one partition and its broker, however many partitions there are." },
    { event: { type: 'OffsetsCommitted', consumer: 'c1' }, text: 'c1 commits one offset per partition: offsets belong to a partition, not to the topic.' },
  ],
  stages: [
    { id: 'hash', title: 'The producer hashes the key (murmur2)', event: { type: 'RecordSent', producer: 'p1' } },
    { id: 'route', title: "The record goes to its partition's leader", event: { type: 'RecordAppended', topic: 'orders', partition: 0 } },
    { id: 'spread', title: 'Other keys land in other partitions', event: { type: 'RecordAppended', topic: 'orders', partition: 2 } },
    { id: 'read', title: 'The consumer reads each partition in order', event: { type: 'RecordsPolled', consumer: 'c1', partition: 1 } },
    { id: 'order', title: 'Same key, same partition: order kept', event: { type: 'RecordAppended', topic: 'orders', partition: 0, offset: 2 } },
    { id: 'hot', title: 'A hot key piles up in one partition', event: { type: 'RecordAppended', topic: 'orders', partition: 0, offset: 4 } },
  ],
  code: {
    language: 'java',
    lines: [
      '// orders has 3 partitions: partition = toPositive(murmur2(key)) % 3',
      'producer.send(new ProducerRecord<>("orders", "alice", "alice-0"));  // → orders-0',
      'producer.send(new ProducerRecord<>("orders", "bob", "bob-0"));      // → orders-0',
      'producer.send(new ProducerRecord<>("orders", "carol", "carol-0"));  // → orders-2',
      'producer.send(new ProducerRecord<>("orders", "dave", "dave-0"));    // → orders-1',
      'producer.send(new ProducerRecord<>("orders", "alice", "alice-1"));  // → orders-0 again',
      'for (ConsumerRecord<String, String> r : consumer.poll(Duration.ofMillis(200)))',
      '    ship(r.partition(), r.offset(), r.key(), r.value());',
    ],
    cues: [
      { line: 2, event: { type: 'RecordSent', producer: 'p1', nth: 1 } },
      { line: 3, event: { type: 'RecordSent', producer: 'p1', nth: 2 } },
      { line: 4, event: { type: 'RecordSent', producer: 'p1', nth: 3 } },
      { line: 5, event: { type: 'RecordSent', producer: 'p1', nth: 4 } },
      { line: 6, event: { type: 'RecordSent', producer: 'p1', nth: 5 } },
      { line: 7, event: { type: 'RecordsPolled', consumer: 'c1', partition: 1 } },
    ],
  },
  keyMoments: [
    {
      question: "Why do all of alice's records go to the same partition?",
      answer: "The partition is murmur2(key) mod the partition count, and 'alice' always hashes the same way: orders-0.",
      event: { type: 'RecordSent', producer: 'p1', nth: 5 },
    },
    {
      question: 'Does Kafka keep the order of all the records in orders?',
      answer: "Only within a partition. c1 reads each partition from its lowest offset upwards, but records of different partitions arrive in whatever order the fetches return.",
      event: { type: 'RecordsPolled', consumer: 'c1', partition: 1 },
    },
    {
      question: 'What is a hot key?',
      answer: 'A key that carries much more traffic than the others. All of its records go to one partition, so that partition (and its broker) does most of the work.',
      event: { type: 'RecordAppended', topic: 'orders', partition: 0, offset: 4 },
    },
  ],
  tracker: [
    { kind: 'logEndOffset', topic: 'orders', partition: 0 },
    { kind: 'logEndOffset', topic: 'orders', partition: 1 },
    { kind: 'logEndOffset', topic: 'orders', partition: 2 },
    { kind: 'position', consumer: 'c1', topic: 'orders', partition: 0 },
    { kind: 'position', consumer: 'c1', topic: 'orders', partition: 2 },
  ],
  concept: [
    'A topic is split into partitions; each partition is an ordered, append-only log with its own offsets.',
    "With a key, the producer picks the partition: toPositive(murmur2(key)) mod the number of partitions.",
    'Same key → same partition → order kept. Across partitions there is no order.',
    'Partitions let brokers and consumers share the work; a hot key defeats that by loading one partition.',
    'Adding partitions later changes where keys go (the modulus changes).',
  ],
  quiz: [
    { kind: 'partitionForKey', topic: 'orders', key: 'alice' },
    { kind: 'partitionForKey', topic: 'orders', key: 'carol' },
    { kind: 'partitionForKey', topic: 'orders', key: 'dave' },
    { kind: 'highWatermark', topic: 'orders', partition: 0, at: { type: 'RecordAppended', topic: 'orders', partition: 0, offset: 4 } },
  ],
};
