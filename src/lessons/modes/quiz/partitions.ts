// Questions about a partition: where a key goes, what its high watermark becomes, and where its
// log starts once retention has run.
import { murmur2, partitionForKey as kafkaPartition, toPositive, utf8Bytes } from '../../../engine/rules/kafka/murmur2';
import type { EventMatcher } from '../../types';
import type { LessonRun } from '../lessonRun';
import { findEvent } from '../resolveEvent';
import { leaderLog, lettered, listWords, numberOptions, offsetsBelow, partitionOf, sentEvent, setWords, tpName } from './options';
import type { Draft } from './types';

export function partitionForKey(run: LessonRun, topic: string, key: string): Draft | null {
  const send = run.finalView.producers.flatMap((p) => p.sends.map((s) => ({ producer: p.id, s }))).find(({ s }) => s.topic === topic && s.key === key);
  const sent = send ? sentEvent(run, send.producer, send.s.index) : null;
  // The partition count at the time of the send: addPartitions may change it later.
  const view = sent ? run.viewAt(sent.step) : run.finalView;
  const count = view.partitions.filter((p) => p.topic === topic).length;
  if (count === 0) return null;
  const correct = kafkaPartition(key, count);
  const hash = murmur2(utf8Bytes(key));
  const label = (n: number) => tpName(topic, n);
  const why = (n: number) =>
    n === correct
      ? `murmur2('${key}') made positive, modulo ${count}, is ${correct}.`
      : `Only a record whose key hashes to ${n} (modulo ${count}) goes to ${label(n)}; the producer never picks a partition at random for a key.`;
  const { options, answerId } =
    count <= 4
      ? lettered(Array.from({ length: count }, (_, i) => label(i)), label(correct), (l) => why(Number(l.slice(topic.length + 1))))
      : numberOptions(correct, [(correct + 1) % count, (correct + 2) % count, (correct + count - 1) % count], label, why);
  return {
    prompt: `${topic} has ${count} partitions. A producer sends a record with key '${key}'. Which partition does it go to?`,
    options,
    answerId,
    reason: `The producer hashes the key: murmur2('${key}') = ${hash}, made positive ${toPositive(hash)}, modulo ${count} partitions = ${correct}. Every record with key '${key}' goes to ${label(correct)}, so their order is kept there.`,
    hint: 'The key, not the value, decides the partition: murmur2(key) mod the number of partitions.',
    decidingStep: sent?.step ?? null,
  };
}

/** What the leader knows just before the high watermark moves, told as the question's setting. */
export function highWatermark(run: LessonRun, topic: string, partition: number, at?: EventMatcher): Draft | null {
  const step = findEvent(run.events, at ?? { type: 'HighWatermarkAdvanced', topic, partition })?.step;
  if (step === undefined) return null;
  const p = partitionOf(run.viewAt(step), topic, partition);
  const before = partitionOf(run.viewAt(step - 1), topic, partition);
  if (!p || !before || p.highWatermark === before.highWatermark) return null;
  const hw = p.highWatermark;
  const leo = leaderLog(p).logEndOffset;
  const all = Math.min(...p.replicaLogs.map((r) => r.logEndOffset));
  const tp = tpName(topic, partition);
  const inIsr = p.replicaLogs.filter((r) => p.isr.includes(r.broker));
  const outside = p.replicaLogs.filter((r) => !p.isr.includes(r.broker));
  const why = (n: number) => {
    if (n === hw) return `Every in-sync replica (${setWords(p.isr)}) has reached offset ${hw}, and not all of them have more.`;
    if (n === before.highWatermark) return `${n} was the high watermark before: the in-sync followers have since reported more, so it moves.`;
    if (n === leo && n > hw) return `${n} is the leader's own log end offset; the high watermark waits for the slowest in-sync replica.`;
    if (n === all && outside.length) return `A replica outside the ISR (${outside.map((r) => `broker ${r.broker}`).join(', ')}) does not hold the high watermark back.`;
    return n > hw ? `No in-sync replica set reaches ${n} that soon: the high watermark only counts offsets every ISR member has.` : `The in-sync replicas are already past ${n}.`;
  };
  const { options, answerId } = numberOptions(hw, [before.highWatermark, leo, all, leo + 1], String, why);
  // LEOs as of this step: a lone leader appends and moves the HW in one step.
  const logs = p.replicaLogs.map((r) => `broker ${r.broker}${r.broker === p.leader ? ' (leader)' : ''} has LEO ${r.logEndOffset}`);
  const visible = hw === 0 ? 'no offset is committed yet' : `${offsetsBelow(hw)} ${hw === 1 ? 'is' : 'are'} committed and visible to consumers`;
  return {
    prompt: `${tp}: ${listWords(logs)}; the ISR is ${setWords(p.isr)} and the high watermark is ${before.highWatermark}. What does the high watermark become when it next moves?`,
    options,
    answerId,
    reason: `The leader moves the high watermark up to the offset every in-sync replica has reached (ISR ${setWords(p.isr)}: ${listWords(inIsr.map((r) => `broker ${r.broker} LEO ${r.logEndOffset}`))}). It becomes ${hw}: ${visible}.`,
    hint: 'The high watermark is the smallest log end offset among the in-sync replicas (a replica outside the ISR does not count).',
    decidingStep: step,
  };
}

export function logStartOffset(run: LessonRun, topic: string, partition: number, at?: EventMatcher): Draft | null {
  const step = findEvent(run.events, at ?? { type: 'SegmentsDeleted', topic, partition })?.step;
  if (step === undefined) return null;
  const p = partitionOf(run.viewAt(step), topic, partition);
  const before = partitionOf(run.viewAt(step - 1), topic, partition);
  if (!p || !before) return null;
  const start = leaderLog(p).logStartOffset;
  const was = leaderLog(before).logStartOffset;
  const read = run.viewAt(step - 1).groups.flatMap((g) => g.committed.filter((c) => c.topic === topic && c.partition === partition).map((c) => `'${g.groupId}' has committed ${c.offset}`));
  const why = (n: number) => {
    if (n === start) return `Retention deleted the expired segments, whole: the oldest record left is at offset ${start}.`;
    if (n === was) return `${n} is where the log started before: expired segments are deleted whether or not anyone read them.`;
    if (n > start) return `Retention deletes whole segments only: the segment holding offset ${start} is not expired yet.`;
    return `Deleting segments only moves the log start forward, never back.`;
  };
  const { options, answerId } = numberOptions(start, [was, leaderLog(p).logEndOffset, 0], String, why);
  const gone = start > was ? `${offsetsBelow(start, was)} ${start - was === 1 ? 'is' : 'are'} gone` : 'nothing was deleted';
  const setting = `${tpName(topic, partition)} holds offsets ${was}–${leaderLog(before).logEndOffset - 1}${read.length ? ` (${listWords(read)})` : ''}.`;
  return {
    prompt: `${setting} Retention runs on it. Where does the log start afterwards (its log start offset)?`,
    options,
    answerId,
    reason: `Retention deletes whole segments whose newest record is older than retention.ms (or beyond retention.bytes), read or not: ${gone} and the log now starts at ${start}. A consumer asking for an older offset is reset by auto.offset.reset.`,
    hint: 'Consuming never deletes; expiry does, a segment at a time.',
    decidingStep: step,
  };
}
