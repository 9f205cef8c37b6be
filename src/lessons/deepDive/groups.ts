// Deep dives of the lessons about reading: consumer groups, offsets and replay, retention.
import type { DeepDive } from './types';

export const consumerGroups: DeepDive = {
  overview: 'Consumers in one group share a topic: each partition has one owner in the group. Different groups each read everything.',
  whyItMatters: 'Groups give both patterns from one log: a queue (work shared inside a group) and publish-subscribe (every group gets every record).',
  mentalModel: {
    coreIdea: 'Partitions are handed out to the members of a group, one owner each; a rebalance hands them out again when members come or go.',
    analogy: 'A newspaper delivery: each round (partition) has one paperboy per company (group); two companies both deliver every round.',
  },
  buildUp: [
    { question: 'Before reading on: three consumers, two partitions. How many read? Commit to your answer.', answer: 'Two: the third waits idle until a partition frees up.', event: { type: 'PartitionsAssigned', consumer: 'c3' } },
    { question: 'Before reading on: c1 leaves. Does its partition go unread? Commit to your answer.', answer: 'No: a rebalance gives it to c3, which resumes from the committed offset.', event: { type: 'PartitionsAssigned', consumer: 'c3', nth: 2 } },
  ],
  underTheHood: 'A group coordinator (a broker) runs the rebalance: members JoinGroup, the leader member runs the assignor (range here) and SyncGroup hands out the result. Each generation has one assignment.',
  myths: [
    { claim: 'Do all consumers in a group receive every record?', truth: false, reality: "No. Inside 'billing' each record goes to the one member that owns its partition.", event: { type: 'RecordsPolled', consumer: 'c1' } },
    { claim: 'Does a third consumer speed up a two-partition topic?', truth: false, reality: 'No. c3 gets no partition: a group never has more active readers than partitions.', event: { type: 'PartitionsAssigned', consumer: 'c3' } },
    { claim: 'Does a second group get its own copy of the stream?', truth: true, reality: "Yes. 'audit' reads every record, independently of 'billing'.", event: { type: 'RecordsPolled', consumer: 'a1' } },
  ],
  pitfalls: [
    { mistake: 'More consumers than partitions.', fix: 'Size partitions for the parallelism you want.' },
    { mistake: 'Long processing between polls.', fix: 'Stay under max.poll.interval.ms, or the member is thrown out and a rebalance starts.' },
  ],
  takeaways: ['One owner per partition per group.', 'Every group reads everything.', 'Rebalances move partitions; committed offsets carry the progress.'],
};

export const offsetsAndReplay: DeepDive = {
  overview: 'A consumer group stores how far it got as a committed offset per partition. Where you commit — before or after processing — decides between at-most-once and at-least-once.',
  whyItMatters: 'A crash between processing and committing either repeats work or skips it. Which one you get is your choice, made in code.',
  mentalModel: {
    coreIdea: 'The committed offset is the next record to read, saved where a restarted consumer can find it.',
    analogy: 'A bookmark: put it in before reading the chapter and a nap makes you skip it; after, and you reread the end.',
  },
  buildUp: [
    { question: 'Before reading on: after processing offsets 0–2, which offset is committed? Commit to your answer.', answer: '3: the next offset to read.', event: { type: 'OffsetsCommitted', consumer: 'careful' } },
    { question: 'Before reading on: a brand-new group with auto.offset.reset=earliest starts. Where does it read from? Commit to your answer.', answer: 'From the start of the log: it replays everything.', event: { type: 'PositionReset', consumer: 'auditor' } },
  ],
  underTheHood: "Commits go to the group coordinator, which stores them in __consumer_offsets. A restarted member asks for them (OffsetFetch); without one, auto.offset.reset decides. The consumer's in-memory position is lost on a crash.",
  myths: [
    { claim: 'Is the committed offset the offset of the last record processed?', truth: false, reality: 'No. It is the next offset to read: last processed + 1.', event: { type: 'OffsetsCommitted', consumer: 'careful' } },
    { claim: 'Does committing before processing protect you from losing records?', truth: false, reality: "No. 'hasty' committed 6 before processing 3–5, crashed, and resumes at 6: those records are never processed.", event: { type: 'PositionSet', consumer: 'hasty' } },
    { claim: 'Can a new consumer group read records that were already consumed?', truth: true, reality: "Yes. 'auditor' starts at offset 0 and replays everything still in the log.", event: { type: 'PositionReset', consumer: 'auditor' } },
  ],
  pitfalls: [
    { mistake: 'Auto-commit with slow processing.', fix: 'Commit after processing, or make processing idempotent.' },
    { mistake: 'Assuming exactly-once by default.', fix: 'Expect duplicates after a crash with at-least-once; deduplicate.' },
  ],
  takeaways: ['Commit after processing: at-least-once.', 'Commit before: at-most-once.', 'The log can be replayed by any new group.'],
};

export const retention: DeepDive = {
  overview: 'Kafka deletes records by age (retention.ms) or size, a whole segment at a time, whether or not anyone read them.',
  whyItMatters: 'Consumers are decoupled from storage: reading never frees space, and a consumer that falls too far behind finds its records gone.',
  mentalModel: {
    coreIdea: 'The log has a moving start (log start offset) and end (log end offset); retention moves the start.',
    analogy: 'A CCTV recorder that keeps a week: watching the footage does not delete it; the week running out does.',
  },
  buildUp: [
    { question: 'Before reading on: c1 read and committed everything. Are the records deleted? Commit to your answer.', answer: 'No: they stay until retention expires their segment.', event: { type: 'OffsetsCommitted', consumer: 'c1', offset: 5 } },
    { question: 'Before reading on: a new group starts after retention ran, with auto.offset.reset=earliest. Does it start at 0? Commit to your answer.', answer: 'No: at the log start offset, the oldest record still there.', event: { type: 'PositionReset', consumer: 'late' } },
  ],
  underTheHood: 'A partition log is a series of segments; the active one is never deleted. A periodic check (log.retention.check.interval.ms) deletes closed segments whose newest record is older than retention.ms, and moves the log start offset.',
  myths: [
    { claim: 'Does Kafka delete records once they have been consumed?', truth: false, reality: 'No. c1 has committed all five clicks and they are all still in the log.', event: { type: 'OffsetsCommitted', consumer: 'c1', offset: 5 } },
    { claim: 'Does retention wait until every group has read a record?', truth: false, reality: 'No. Expired segments go whoever has or has not read them.', event: { type: 'SegmentsDeleted', topic: 'clicks', partition: 0 } },
  ],
  pitfalls: [
    { mistake: 'Retention shorter than a consumer can be down.', fix: 'Size retention for your longest outage plus catch-up.' },
    { mistake: 'Using Kafka as permanent storage by accident.', fix: 'Set retention on purpose; use compaction for latest-value topics.' },
  ],
  takeaways: ['Consuming does not delete.', 'Retention deletes whole expired segments.', 'A late reader starts at the log start offset.'],
};
