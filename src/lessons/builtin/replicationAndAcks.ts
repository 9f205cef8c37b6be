// Seeds 001 and 002 (durability, replication, acknowledgements): followers pull, the high
// watermark marks what every in-sync replica has, and acks=0/1/all decide when a producer hears back.
import type { Lesson } from '../types';

const send = (atMs: number, producer: string, value: string) => ({ atMs, do: 'produce' as const, producer, topic: 'orders', value });

export const replicationAndAcks: Lesson = {
  id: 'replication-and-acks',
  title: 'Replication, the ISR and the high watermark (acks 0, 1, all)',
  seedRefs: ['001', '002'],
  summary:
    'One partition on three brokers. Three producers send with acks=0, acks=1 and acks=all; followers copy the records and the high watermark follows. A follower crashes, drops out of the ISR, and comes back.',
  anomalies: [],
  scenario: {
    version: 1,
    title: 'Replication and acks',
    description: 'orders-0 has replicas [1,2,3]; min.insync.replicas=2; replica.lag.time.max.ms is 4 s so the ISR shrinks quickly.',
    seed: 1,
    durationMs: 25000,
    cluster: { brokers: 3, config: { 'replica.lag.time.max.ms': 4000, 'min.insync.replicas': 2 } },
    topics: [{ name: 'orders', partitions: 1, replicationFactor: 3 }],
    producers: [
      { id: 'fire-and-forget', config: { acks: '0', 'linger.ms': 0 } },
      { id: 'leader-only', config: { acks: '1', 'linger.ms': 0 } },
      { id: 'all-replicas', config: { acks: 'all', 'linger.ms': 0 } },
    ],
    script: [
      send(1000, 'fire-and-forget', 'a0'),
      send(2000, 'leader-only', 'a1'),
      send(3000, 'all-replicas', 'all-1'),
      { atMs: 5000, do: 'crashBroker', broker: 3 },
      send(6000, 'all-replicas', 'all-2'),
      { atMs: 14000, do: 'restartBroker', broker: 3 },
      send(20000, 'all-replicas', 'all-3'),
    ],
  },
  narration: [
    { event: { type: 'RecordSent', producer: 'fire-and-forget' }, text: "acks=0: 'a0' counts as delivered the moment it leaves the producer, with offset −1. No broker will ever answer." },
    { event: { type: 'RecordAppended', topic: 'orders', partition: 0, offset: 0 }, text: "Broker 1, the leader of orders-0, appends 'a0' at offset 0. Its log end offset (LEO) becomes 1, but the high watermark stays 0: the followers do not have it yet." },
    { event: { type: 'RecordReplicated', topic: 'orders', partition: 0 }, text: 'Followers pull: brokers 2 and 3 fetch from the leader and copy offset 0.' },
    { event: { type: 'HighWatermarkAdvanced', topic: 'orders', partition: 0 }, text: 'Their next fetches tell the leader they have offset 0. The high watermark moves to 1: offset 0 is committed and consumers may read it.' },
    { event: { type: 'ProduceAcked', producer: 'leader-only' }, text: "acks=1: the leader answered as soon as it had appended 'a1', before any follower had it." },
    { event: { type: 'ProduceAcked', producer: 'all-replicas' }, text: "acks=all: the answer for 'all-1' waited until the whole ISR {1,2,3} had it, that is until the high watermark passed offset 2." },
    { event: { type: 'BrokerCrashed', broker: 3 }, text: 'Broker 3, a follower, crashes.' },
    { event: { type: 'RecordAppended', topic: 'orders', partition: 0, offset: 3 }, text: "'all-2' is appended at offset 3. Broker 3 is still in the ISR, so the high watermark cannot pass offset 3 and the acks=all producer waits." },
    { event: { type: 'IsrShrunk', topic: 'orders', partition: 0 }, text: 'Broker 3 has not fetched for replica.lag.time.max.ms (4 s), so the leader removes it: ISR {1,2}. That still meets min.insync.replicas=2.' },
    { event: { type: 'HighWatermarkAdvanced', topic: 'orders', partition: 0, after: { type: 'IsrShrunk' } }, text: "Every remaining in-sync replica has offset 3: the high watermark moves to 4 and 'all-2' is acknowledged." },
    { event: { type: 'BrokerRestarted', broker: 3 }, text: 'Broker 3 restarts with its log and starts fetching from the leader to catch up.' },
    { event: { type: 'IsrExpanded', topic: 'orders', partition: 0 }, text: 'Broker 3 has caught up to the high watermark, so the leader adds it back: ISR {1,2,3}.' },
    { event: { type: 'ProduceAcked', producer: 'all-replicas', nth: 3 }, text: "'all-3' is acknowledged only after all three replicas have it." },
  ],
  stages: [
    { id: 'append', title: 'The leader appends: its LEO moves', event: { type: 'RecordAppended', topic: 'orders', partition: 0 } },
    { id: 'replicate', title: 'Followers fetch and copy', event: { type: 'RecordReplicated', topic: 'orders', partition: 0 } },
    { id: 'hw', title: 'The high watermark advances: committed', event: { type: 'HighWatermarkAdvanced', topic: 'orders', partition: 0 } },
    { id: 'acks1', title: "acks=1: answered after the leader's append", event: { type: 'ProduceAcked', producer: 'leader-only' } },
    { id: 'acksall', title: 'acks=all: answered once the ISR has it', event: { type: 'ProduceAcked', producer: 'all-replicas' } },
    { id: 'shrink', title: 'A lagging follower leaves the ISR', event: { type: 'IsrShrunk', topic: 'orders', partition: 0 } },
    { id: 'expand', title: 'It catches up and rejoins', event: { type: 'IsrExpanded', topic: 'orders', partition: 0 } },
  ],
  code: {
    language: 'java',
    lines: [
      '// acks=0: fire and forget, no answer at all',
      'fireAndForget.send(new ProducerRecord<>("orders", "a0"));',
      '// acks=1: the leader\'s own append is enough',
      'leaderOnly.send(new ProducerRecord<>("orders", "a1")).get();',
      '// acks=all: every in-sync replica must have it',
      'allReplicas.send(new ProducerRecord<>("orders", "all-1")).get();',
      '// broker 3 crashes',
      'allReplicas.send(new ProducerRecord<>("orders", "all-2")).get();  // blocks…',
      '// …until the ISR shrinks to {1,2} and the high watermark passes offset 3',
      'allReplicas.send(new ProducerRecord<>("orders", "all-3")).get();',
    ],
    cues: [
      { line: 2, event: { type: 'RecordSent', producer: 'fire-and-forget' } },
      { line: 4, event: { type: 'RecordSent', producer: 'leader-only' } },
      { line: 6, event: { type: 'RecordSent', producer: 'all-replicas' } },
      { line: 7, event: { type: 'BrokerCrashed', broker: 3 } },
      { line: 8, event: { type: 'RecordSent', producer: 'all-replicas', nth: 2 } },
      { line: 9, event: { type: 'ProduceAcked', producer: 'all-replicas', nth: 2 } },
      { line: 10, event: { type: 'RecordSent', producer: 'all-replicas', nth: 3 } },
    ],
  },
  keyMoments: [
    {
      question: "Why does the high watermark lag behind the leader's log end?",
      answer: "The leader has appended 'a0' (LEO 1) but the high watermark stays 0 until the followers report they have it: only records on every in-sync replica are committed.",
      event: { type: 'RecordAppended', topic: 'orders', partition: 0 },
    },
    {
      question: 'Why does acks=1 get its answer sooner than acks=all?',
      answer: "The leader answers acks=1 right after its own append, while the followers may not have the record yet. acks=all waits for the high watermark to pass the record.",
      event: { type: 'ProduceAcked', producer: 'leader-only' },
    },
    {
      question: "Why does the acks=all send of 'all-2' wait so long?",
      answer: 'Broker 3 is down but still in the ISR, so the high watermark cannot pass offset 3. Only when the leader drops broker 3 from the ISR, after replica.lag.time.max.ms, can it commit and acknowledge.',
      event: { type: 'IsrShrunk', topic: 'orders', partition: 0 },
    },
  ],
  concept: [
    'Each partition has one leader and some followers; followers pull (fetch) records from the leader.',
    'LEO = the next offset a replica will write; the high watermark (HW) = the offset every in-sync replica has reached. Consumers only see records below the HW.',
    'The ISR is the set of replicas that are caught up; a follower that lags longer than replica.lag.time.max.ms is removed, and rejoins once it catches up.',
    'acks=0: no answer. acks=1: answered after the leader appends. acks=all: answered once every ISR member has it.',
    'min.insync.replicas sets how small the ISR may get before acks=all writes are refused.',
  ],
  quiz: [
    { kind: 'highWatermark', topic: 'orders', partition: 0 },
    { kind: 'sendOutcome', producer: 'fire-and-forget', value: 'a0' },
    { kind: 'replicasAtAck', producer: 'leader-only', value: 'a1' },
    { kind: 'replicasAtAck', producer: 'all-replicas', value: 'all-1' },
    { kind: 'isrChange', topic: 'orders', partition: 0 },
    { kind: 'highWatermark', topic: 'orders', partition: 0, at: { type: 'HighWatermarkAdvanced', topic: 'orders', partition: 0, after: { type: 'IsrShrunk' } } },
  ],
};
