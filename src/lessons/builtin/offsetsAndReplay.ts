// Seed 002 (offset management: restart from the last committed offset, replay): commit after
// processing gives at-least-once, commit before gives at-most-once; a new group replays from 0.
import type { Lesson } from '../types';

const careful = { 'auto.offset.reset': 'earliest' as const, 'max.poll.records': 3, 'session.timeout.ms': 6000, 'heartbeat.interval.ms': 2000 };

export const offsetsAndReplay: Lesson = {
  id: 'offsets-and-replay',
  title: 'Offsets: commit, restart, replay (at-least-once vs at-most-once)',
  seedRefs: ['002'],
  summary:
    "Two consumers process six payments, 1 s each. 'careful' commits after processing, 'hasty' before. Both crash mid-batch and restart from their last commit: careful repeats work (at-least-once), hasty skips it (at-most-once). A new group replays everything from offset 0.",
  anomalies: [],
  scenario: {
    version: 1,
    title: 'Offsets and replay',
    description: 'Commit after processing vs before processing, a crash in the middle of a batch, and a replay by a new group.',
    seed: 1,
    durationMs: 30000,
    cluster: { brokers: 1, config: { 'group.initial.rebalance.delay.ms': 0 } },
    topics: [{ name: 'payments', partitions: 1, replicationFactor: 1 }],
    producers: [{ id: 'p1', config: { 'linger.ms': 0 } }],
    consumers: [
      { id: 'careful', groupId: 'at-least-once', topics: ['payments'], autoStart: false, commitMode: 'after-processing', processingMs: 1000, config: careful },
      { id: 'hasty', groupId: 'at-most-once', topics: ['payments'], autoStart: false, commitMode: 'before-processing', processingMs: 1000, config: careful },
      { id: 'auditor', groupId: 'audit', topics: ['payments'], autoStart: false, commitMode: 'auto', config: { 'auto.offset.reset': 'earliest' } },
    ],
    script: [
      { atMs: 500, do: 'produce', producer: 'p1', topic: 'payments', value: 'pay-{i}', count: 6, everyMs: 10 },
      { atMs: 2000, do: 'startConsumer', consumer: 'careful' },
      { atMs: 2000, do: 'startConsumer', consumer: 'hasty' },
      { atMs: 6500, do: 'crashConsumer', consumer: 'careful' },
      { atMs: 6500, do: 'crashConsumer', consumer: 'hasty' },
      { atMs: 9000, do: 'startConsumer', consumer: 'careful' },
      { atMs: 9000, do: 'startConsumer', consumer: 'hasty' },
      { atMs: 24000, do: 'startConsumer', consumer: 'auditor' },
    ],
  },
  narration: [
    { event: { type: 'RecordAppended', topic: 'payments', partition: 0, offset: 5 }, text: 'Six payments, pay-0 … pay-5, are stored at offsets 0–5 of payments-0.' },
    { event: { type: 'RecordsPolled', consumer: 'careful' }, text: 'Both consumers poll and get 3 records each (max.poll.records=3): offsets 0–2.' },
    { event: { type: 'OffsetsCommitted', consumer: 'hasty' }, text: "hasty commits before processing: its group 'at-most-once' now says 'next offset 3', although nothing has been processed yet." },
    { event: { type: 'OffsetsCommitted', consumer: 'careful' }, text: "careful commits after processing, 3 s later: 'at-least-once' also says 3, but only now that 0–2 are done." },
    { event: { type: 'RecordsPolled', consumer: 'careful', nth: 2 }, text: 'Both poll offsets 3–5. hasty commits 6 straight away; careful starts processing and will commit when done.' },
    { event: { type: 'ConsumerCrashed', consumer: 'careful' }, text: 'Both consumers crash in the middle of processing offsets 3–5. Their positions, kept in memory, are gone.' },
    { event: { type: 'MemberExpired', consumer: 'careful' }, text: 'After session.timeout.ms (6 s) without heartbeats the coordinator removes the dead members; the restarted consumers get payments-0.' },
    { event: { type: 'PositionSet', consumer: 'careful' }, text: 'careful resumes at its committed offset, 3, and processes 3–5 again: nothing lost, some work done twice. That is at-least-once.' },
    { event: { type: 'PositionSet', consumer: 'hasty' }, text: 'hasty resumes at 6: offsets 3–5 were committed but never processed. That is at-most-once.' },
    { event: { type: 'PositionReset', consumer: 'auditor' }, text: "A new group, 'audit', has no committed offset, so auto.offset.reset=earliest starts it at 0. Replaying is just reading again: the records were never removed." },
    { event: { type: 'RecordsPolled', consumer: 'auditor' }, text: 'auditor reads all six payments from the beginning.' },
  ],
  stages: [
    { id: 'poll', title: 'Poll a batch (offsets 0–2)', event: { type: 'RecordsPolled', consumer: 'careful' } },
    { id: 'commit-before', title: 'Commit before processing: at-most-once', event: { type: 'OffsetsCommitted', consumer: 'hasty' } },
    { id: 'commit-after', title: 'Commit after processing: at-least-once', event: { type: 'OffsetsCommitted', consumer: 'careful' } },
    { id: 'crash', title: 'Crash in the middle of a batch', event: { type: 'ConsumerCrashed', consumer: 'careful' } },
    { id: 'resume', title: 'Restart from the last committed offset', event: { type: 'PositionSet', consumer: 'careful' } },
    { id: 'replay', title: 'A new group replays from the beginning', event: { type: 'PositionReset', consumer: 'auditor' } },
  ],
  code: {
    language: 'java',
    lines: [
      'while (true) {',
      '    ConsumerRecords<String, String> records = consumer.poll(Duration.ofMillis(100));',
      '    for (ConsumerRecord<String, String> r : records) pay(r);  // 1 s each',
      '    consumer.commitSync();  // after processing: at-least-once',
      '}',
      '// at-most-once: the same loop with commitSync() BEFORE the for loop',
      '// after a restart, poll() resumes at the committed offset',
      '// replay: a new group.id with auto.offset.reset=earliest (or seekToBeginning)',
    ],
    cues: [
      { line: 2, event: { type: 'RecordsPolled', consumer: 'careful' } },
      { line: 6, event: { type: 'OffsetsCommitted', consumer: 'hasty' } },
      { line: 4, event: { type: 'OffsetsCommitted', consumer: 'careful' } },
      { line: 7, event: { type: 'PositionSet', consumer: 'careful' } },
      { line: 8, event: { type: 'PositionReset', consumer: 'auditor' } },
    ],
  },
  keyMoments: [
    {
      question: 'Why does hasty commit offset 3 before it has processed anything?',
      answer: 'It commits as soon as poll() returns, before processing. A crash after this commit skips whatever was not processed yet.',
      event: { type: 'OffsetsCommitted', consumer: 'hasty' },
    },
    {
      question: 'Where does careful restart after its crash?',
      answer: 'At its committed offset, 3: it processes 3–5 a second time. Duplicates are possible, losses are not.',
      event: { type: 'PositionSet', consumer: 'careful' },
    },
    {
      question: 'Which payments did hasty never finish?',
      answer: 'Offsets 3–5: it had committed 6 before processing them, crashed, and resumed at 6.',
      event: { type: 'PositionSet', consumer: 'hasty' },
    },
    {
      question: 'How can auditor read payments that were already consumed?',
      answer: "Consuming never removes records. A new group has no committed offset; auto.offset.reset=earliest starts it at offset 0.",
      event: { type: 'PositionReset', consumer: 'auditor' },
    },
  ],
  tracker: [
    { kind: 'position', consumer: 'careful', topic: 'payments', partition: 0 },
    { kind: 'committed', groupId: 'at-least-once', topic: 'payments', partition: 0 },
    { kind: 'position', consumer: 'hasty', topic: 'payments', partition: 0 },
    { kind: 'committed', groupId: 'at-most-once', topic: 'payments', partition: 0 },
    { kind: 'position', consumer: 'auditor', topic: 'payments', partition: 0 },
  ],
  concept: [
    "An offset is a record's position in its partition; a group commits the NEXT offset to read.",
    'A restarted consumer resumes at the committed offset; its in-memory position is lost.',
    'Commit after processing → at-least-once (a crash repeats work). Commit before → at-most-once (a crash skips work).',
    'Records stay in the log after they are read, so any group can replay from any offset still retained.',
  ],
  quiz: [
    { kind: 'committedOffset', groupId: 'at-most-once', topic: 'payments', partition: 0, at: { type: 'OffsetsCommitted', consumer: 'hasty' } },
    { kind: 'resumeOffset', consumer: 'careful', topic: 'payments', partition: 0, after: { type: 'ConsumerCrashed', consumer: 'careful' } },
    { kind: 'resumeOffset', consumer: 'hasty', topic: 'payments', partition: 0, after: { type: 'ConsumerCrashed', consumer: 'hasty' } },
    { kind: 'resumeOffset', consumer: 'auditor', topic: 'payments', partition: 0, after: { type: 'ConsumerStarted', consumer: 'auditor' } },
  ],
};
