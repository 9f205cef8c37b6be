// Seed 001 (myth: "Kafka deletes messages once they are consumed"): reading never deletes;
// retention deletes whole segments once they expire, read or not.
import type { Lesson } from '../types';

export const retention: Lesson = {
  id: 'retention',
  title: 'Retention: consuming does not delete, expiry does',
  seedRefs: ['001'],
  summary:
    "Five clicks are stored and read at once. They stay in the log after being read; only when retention.ms (8 s) has passed does the broker delete their segments. A group that starts later can no longer see them.",
  anomalies: [],
  scenario: {
    version: 1,
    title: 'Retention',
    description: 'retention.ms=8000 and tiny segments (segment.bytes=100) so expiry happens within the run; the broker checks every 2 s.',
    seed: 1,
    durationMs: 20000,
    cluster: { brokers: 1, config: { 'log.retention.check.interval.ms': 2000, 'group.initial.rebalance.delay.ms': 0 } },
    topics: [{ name: 'clicks', partitions: 1, replicationFactor: 1, config: { 'retention.ms': 8000, 'segment.bytes': 100 } }],
    producers: [{ id: 'p1', config: { 'linger.ms': 0 } }],
    consumers: [
      { id: 'c1', groupId: 'dashboard', topics: ['clicks'], config: { 'auto.offset.reset': 'earliest' } },
      { id: 'late', groupId: 'reports', topics: ['clicks'], autoStart: false, config: { 'auto.offset.reset': 'earliest' } },
    ],
    script: [
      { atMs: 1000, do: 'produce', producer: 'p1', topic: 'clicks', key: 'page-{i}', value: 'click-{i}', count: 5, everyMs: 200 },
      { atMs: 12000, do: 'startConsumer', consumer: 'late' },
      { atMs: 14000, do: 'produce', producer: 'p1', topic: 'clicks', key: 'page-5', value: 'click-5' },
    ],
  },
  narration: [
    { event: { type: 'RecordAppended', topic: 'clicks', partition: 0 }, text: 'p1 writes click-0 … click-4. segment.bytes=100 is tiny, so each record soon fills a segment file of its own.' },
    { event: { type: 'RecordsPolled', consumer: 'c1' }, text: 'c1 reads each click as soon as it is committed.' },
    { event: { type: 'OffsetsCommitted', consumer: 'c1', offset: 5 }, text: "c1 has committed offset 5: it has read everything. The five clicks are still in clicks-0: consuming did not delete them." },
    { event: { type: 'SegmentsDeleted', topic: 'clicks', partition: 0 }, text: 'The retention check finds segments whose newest record is older than retention.ms (8 s) and deletes them: the log now starts at offset 5. Nobody asked whether they had been read.' },
    { event: { type: 'PositionReset', consumer: 'late' }, text: "A new group, 'reports', starts with auto.offset.reset=earliest. The earliest offset is now 5: click-0 … click-4 are gone for every reader." },
    { event: { type: 'RecordsPolled', consumer: 'late' }, text: 'Both groups read click-5, the only record left.' },
  ],
  stages: [
    { id: 'store', title: 'Records are stored in segments', event: { type: 'RecordAppended', topic: 'clicks', partition: 0 } },
    { id: 'read', title: 'A consumer reads them', event: { type: 'RecordsPolled', consumer: 'c1' } },
    { id: 'commit', title: 'It commits: the records stay', event: { type: 'OffsetsCommitted', consumer: 'c1', offset: 5 } },
    { id: 'expire', title: 'Retention deletes expired segments', event: { type: 'SegmentsDeleted', topic: 'clicks', partition: 0 } },
    { id: 'late', title: 'A late reader starts at the new log start', event: { type: 'PositionReset', consumer: 'late' } },
  ],
  code: {
    language: 'java',
    lines: [
      '// topic config: retention.ms=8000, segment.bytes=100',
      'producer.send(new ProducerRecord<>("clicks", "page-" + i, "click-" + i));',
      'consumer.poll(Duration.ofMillis(100));  // reading does not delete anything',
      '// broker, every log.retention.check.interval.ms: delete expired segments',
      'late.subscribe(List.of("clicks"));  // auto.offset.reset=earliest → the log start offset',
    ],
    cues: [
      { line: 2, event: { type: 'RecordSent', producer: 'p1' } },
      { line: 3, event: { type: 'RecordsPolled', consumer: 'c1' } },
      { line: 4, event: { type: 'SegmentsDeleted', topic: 'clicks', partition: 0 } },
      { line: 5, event: { type: 'PositionReset', consumer: 'late' } },
    ],
  },
  keyMoments: [
    {
      question: 'Did reading the clicks delete them?',
      answer: "No. c1's commit only records its group's position. The records stay until retention removes them.",
      event: { type: 'OffsetsCommitted', consumer: 'c1', offset: 5 },
    },
    {
      question: 'What finally deleted them?',
      answer: 'The broker\'s periodic retention check: segments whose newest record is older than retention.ms are deleted, whole segments at a time.',
      event: { type: 'SegmentsDeleted', topic: 'clicks', partition: 0 },
    },
    {
      question: "Why does 'late' start at offset 5, not 0?",
      answer: 'Offsets 0–4 no longer exist. "earliest" means the log start offset, which retention moved to 5.',
      event: { type: 'PositionReset', consumer: 'late' },
    },
  ],
  tracker: [
    { kind: 'logStartOffset', topic: 'clicks', partition: 0 },
    { kind: 'logEndOffset', topic: 'clicks', partition: 0 },
    { kind: 'record', producer: 'p1', value: 'click-0' },
    { kind: 'committed', groupId: 'dashboard', topic: 'clicks', partition: 0 },
    { kind: 'position', consumer: 'late', topic: 'clicks', partition: 0 },
  ],
  concept: [
    'Kafka keeps records for a time (retention.ms) or size (retention.bytes), not until they are read.',
    'Retention deletes whole segments, oldest first, and only segments entirely below the high watermark.',
    'The log start offset moves up as segments are deleted; offsets are never reused.',
    "A consumer whose position fell below the log start is reset by auto.offset.reset.",
  ],
  quiz: [
    { kind: 'logStartOffset', topic: 'clicks', partition: 0 },
    { kind: 'recordSurvives', producer: 'p1', value: 'click-0' },
    { kind: 'resumeOffset', consumer: 'late', topic: 'clicks', partition: 0, after: { type: 'ConsumerStarted', consumer: 'late' } },
    { kind: 'committedOffset', groupId: 'dashboard', topic: 'clicks', partition: 0, at: { type: 'OffsetsCommitted', consumer: 'c1', offset: 5 } },
  ],
};
