// Seed 000 ("Message broker architecture — Step-by-Step Execution"): produce, store, ack, poll,
// process, and then nothing more to read. One broker, one partition, one record.
import type { Lesson } from '../types';

export const firstMessage: Lesson = {
  id: 'first-message',
  title: 'The first message',
  seedRefs: ['000'],
  summary:
    "A producer sends 'Hello Kafka' to topic1, the broker stores it and acknowledges, a consumer polls it, processes it, commits, and then finds nothing more to read.",
  anomalies: [],
  scenario: {
    version: 1,
    title: 'The first message',
    description: "One broker, one partition: 'Hello Kafka' is produced, stored, acknowledged, polled and processed.",
    seed: 1,
    durationMs: 8000,
    cluster: { brokers: 1, config: { 'group.initial.rebalance.delay.ms': 0 } },
    topics: [{ name: 'topic1', partitions: 1, replicationFactor: 1 }],
    producers: [{ id: 'p1', config: { acks: 'all', 'linger.ms': 0 } }],
    consumers: [
      {
        id: 'c1',
        groupId: 'readers',
        topics: ['topic1'],
        pollIntervalMs: 500,
        processingMs: 300,
        commitMode: 'auto',
        config: { 'auto.offset.reset': 'earliest', 'auto.commit.interval.ms': 3000 },
      },
    ],
    script: [{ atMs: 2000, do: 'produce', producer: 'p1', topic: 'topic1', value: 'Hello Kafka' }],
  },
  narration: [
    { event: { type: 'ConsumerStarted', consumer: 'c1' }, text: "Consumer c1 starts first and joins the group 'readers'. topic1 is still empty, so there is nothing to read yet." },
    { event: { type: 'PartitionsAssigned', consumer: 'c1' }, text: 'The group coordinator gives topic1-0 to c1. With no committed offset, auto.offset.reset=earliest will start it at offset 0.' },
    { event: { type: 'RecordSent', producer: 'p1' }, text: "Step 1 of the story: the producer calls send('topic1', 'Hello Kafka'). The record travels to broker 1, the leader of topic1-0." },
    { event: { type: 'RecordAppended', topic: 'topic1', partition: 0 }, text: "Broker 1 stores 'Hello Kafka' at offset 0 of topic1-0. It is the only replica, so the high watermark moves to 1 at once: the record is committed." },
    { event: { type: 'ProduceAcked', producer: 'p1' }, text: 'The acknowledgement reaches the producer: offset 0. Only now is the send confirmed.' },
    { event: { type: 'RecordsPolled', consumer: 'c1' }, text: "c1 was waiting inside poll(). Its fetch brings 'Hello Kafka' back and poll() returns it to the application." },
    { event: { type: 'OffsetsCommitted', consumer: 'c1' }, text: 'c1 has processed the record (300 ms). At a later poll(), auto-commit stores offset 1: the next offset c1 would read.' },
    { event: { type: 'OffsetsCommitted', consumer: 'c1', nth: 2 }, text: "Nothing more to read: c1 keeps polling, gets nothing, and commits the same offset 1 again. 'Hello Kafka' is still in topic1-0: reading did not remove it." },
  ],
  stages: [
    { id: 'send', title: 'Producer sends the message', event: { type: 'RecordSent', producer: 'p1' } },
    { id: 'store', title: 'Broker stores it in topic1-0', event: { type: 'RecordAppended', topic: 'topic1', partition: 0 } },
    { id: 'ack', title: 'Broker acknowledges the producer', event: { type: 'ProduceAcked', producer: 'p1' } },
    { id: 'poll', title: 'Consumer polls and reads it', event: { type: 'RecordsPolled', consumer: 'c1' } },
    { id: 'process', title: 'Consumer processes it and commits', event: { type: 'OffsetsCommitted', consumer: 'c1' } },
    { id: 'idle', title: 'No more messages: polling waits', event: { type: 'OffsetsCommitted', consumer: 'c1', nth: 2 } },
  ],
  code: {
    language: 'java',
    lines: [
      'producer.send(new ProducerRecord<>("topic1", "Hello Kafka"));',
      '// broker 1 stores it at offset 0 of topic1-0',
      'producer.flush();  // returns once the ack has arrived',
      'ConsumerRecords<String, String> records = consumer.poll(Duration.ofMillis(500));',
      'for (ConsumerRecord<String, String> record : records) process(record);',
      'records = consumer.poll(Duration.ofMillis(500));  // auto-commit: offset 1',
      'records = consumer.poll(Duration.ofMillis(500));  // empty: nothing more to read',
    ],
    cues: [
      { line: 1, event: { type: 'RecordSent', producer: 'p1' } },
      { line: 2, event: { type: 'RecordAppended', topic: 'topic1', partition: 0 } },
      { line: 3, event: { type: 'ProduceAcked', producer: 'p1' } },
      { line: 4, event: { type: 'RecordsPolled', consumer: 'c1' } },
      { line: 6, event: { type: 'OffsetsCommitted', consumer: 'c1' } },
      { line: 7, event: { type: 'OffsetsCommitted', consumer: 'c1', nth: 2 } },
    ],
  },
  keyMoments: [
    {
      question: 'Why does the consumer need to poll the broker to get messages?',
      answer: 'Kafka never pushes records. c1 sends fetch requests and poll() returns whatever came back; this is the step where poll() hands it the record.',
      event: { type: 'RecordsPolled', consumer: 'c1' },
    },
    {
      question: 'What happens if the producer sends a message but the broker is down?',
      answer: "Nothing is stored and no acknowledgement comes back, so the send is never confirmed. Here the broker is up, so this ack arrives (the lesson 'Why producers publish' shows the other case).",
      event: { type: 'ProduceAcked', producer: 'p1' },
    },
    {
      question: 'Is the message gone once the consumer has read it?',
      answer: "No. The commit only records c1's position (offset 1) for its group. 'Hello Kafka' stays in topic1-0 until retention expires it.",
      event: { type: 'OffsetsCommitted', consumer: 'c1' },
    },
  ],
  tracker: [
    { kind: 'record', producer: 'p1', value: 'Hello Kafka' },
    { kind: 'highWatermark', topic: 'topic1', partition: 0 },
    { kind: 'generation', groupId: 'readers' },
    { kind: 'position', consumer: 'c1', topic: 'topic1', partition: 0 },
    { kind: 'committed', groupId: 'readers', topic: 'topic1', partition: 0 },
  ],
  concept: [
    'Producers send messages to topics.',
    'Kafka stores each message in a partition of the topic, at the next offset.',
    'The broker acknowledges the producer once the message is stored (and, with acks=all, replicated).',
    'Consumers poll: they ask for messages, Kafka never pushes them.',
    'Messages stay in the log after they are read; only retention removes them.',
  ],
  quiz: [
    { kind: 'sendOutcome', producer: 'p1', value: 'Hello Kafka' },
    { kind: 'highWatermark', topic: 'topic1', partition: 0 },
    { kind: 'committedOffset', groupId: 'readers', topic: 'topic1', partition: 0, at: { type: 'OffsetsCommitted', consumer: 'c1' } },
    { kind: 'recordSurvives', producer: 'p1', value: 'Hello Kafka' },
  ],
};
