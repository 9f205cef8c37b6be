// Questions about a partition: where a key goes, its high watermark, its log start offset, and
// who leads it after a broker crashes.
import { murmur2, partitionForKey as kafkaPartition, toPositive, utf8Bytes } from '../../../engine/rules/kafka/murmur2';
import type { PartitionView, SimEvent } from '../../../engine/view.types';
import type { EventMatcher } from '../../types';
import type { LessonRun } from '../lessonRun';
import { findEvent } from '../resolveEvent';
import { firstAfter, lettered, listWords, numberOptions, offsetsBelow, onPartition, partitionOf, sentEvent, tpName } from './options';
import type { QuizQuestion } from './types';

type Draft = Omit<QuizQuestion, 'id' | 'kind'>;

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
  const { options, answerId } = count <= 4
    ? lettered(Array.from({ length: count }, (_, i) => label(i)), label(correct))
    : numberOptions(correct, [(correct + 1) % count, (correct + 2) % count, (correct + count - 1) % count], label);
  return {
    prompt: `Which partition does a record with key '${key}' go to?`,
    options,
    answerId,
    reason: `The producer hashes the key: murmur2('${key}') = ${hash}, made positive ${toPositive(hash)}, modulo ${count} partitions = ${correct}. Every record with key '${key}' goes to ${label(correct)}, so their order is kept there.`,
    hint: 'The key, not the value, decides the partition: murmur2(key) mod the number of partitions.',
    stopBeforeStep: sent?.step ?? null,
  };
}

function leaderLog(p: PartitionView) {
  return p.replicaLogs.find((r) => r.broker === p.leader) ?? p.replicaLogs[0];
}

export function highWatermark(run: LessonRun, topic: string, partition: number, at?: EventMatcher): Draft | null {
  const step = findEvent(run.events, at ?? { type: 'HighWatermarkAdvanced', topic, partition })?.step;
  if (step === undefined) return null;
  const p = partitionOf(run.viewAt(step), topic, partition);
  const before = partitionOf(run.viewAt(step - 1), topic, partition);
  if (!p) return null;
  const hw = p.highWatermark;
  const leo = leaderLog(p)?.logEndOffset ?? hw;
  const isrLogs = p.replicaLogs.filter((r) => p.isr.includes(r.broker)).map((r) => `broker ${r.broker} LEO ${r.logEndOffset}`);
  const { options, answerId } = numberOptions(hw, [before?.highWatermark, leo, leo + 1], String);
  const visible = hw === 0 ? 'no offset is committed yet' : `${offsetsBelow(hw)} ${hw === 1 ? 'is' : 'are'} committed and visible to consumers`;
  return {
    prompt: `After step ${step}, what is the high watermark of ${tpName(topic, partition)}?`,
    options,
    answerId,
    reason: `The leader moves the high watermark up to the offset every in-sync replica has reached (ISR {${p.isr.join(',')}}: ${listWords(isrLogs)}). It is ${hw}: ${visible}.`,
    hint: 'The high watermark is exclusive: HW = n means offsets 0 … n−1 are committed.',
    stopBeforeStep: step,
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
  const { options, answerId } = numberOptions(start, [was, p.highWatermark + 1, 0], String);
  const gone = start > was ? `${offsetsBelow(start, was)} ${start - was === 1 ? 'is' : 'are'} gone` : 'nothing was deleted';
  return {
    prompt: `After step ${step}, what is the log start offset of ${tpName(topic, partition)}?`,
    options,
    answerId,
    reason: `Retention deletes whole segments whose newest record is older than retention.ms (or beyond retention.bytes), read or not: ${gone} and the log now starts at ${start}. A consumer asking for an older offset is reset by auto.offset.reset.`,
    hint: 'Consuming never deletes; expiry does, a segment at a time.',
    stopBeforeStep: step,
  };
}

function electionReason(e: SimEvent, before: PartitionView, crashed: number, unclean: boolean): string {
  const order = `[${before.replicas.join(',')}]`;
  const tp = tpName(before.topic, before.partition);
  if (e.type === 'PartitionOffline') {
    const why = unclean ? 'and no other replica is alive to take over, not even an out-of-sync one' : 'and unclean leader election is off';
    return `Broker ${crashed} was the last in-sync replica ${why}, so ${tp} has no leader until a replica returns.`;
  }
  if (e.detail === 'unclean') {
    return `No in-sync replica was alive. unclean.leader.election.enable=true lets the controller pick the first live replica in ${order}, broker ${e.broker}, even though it may lack acknowledged records.`;
  }
  const survivors = before.isr.filter((b) => b !== crashed);
  return `Broker ${crashed} is fenced and leaves the ISR. The controller picks the first replica in assignment order ${order} that is alive and in the ISR {${survivors.join(',')}}: broker ${e.broker}.`;
}

export function leaderAfterCrash(run: LessonRun, topic: string, partition: number, broker: number, nextLeader = false): Draft | null {
  const crash = findEvent(run.events, { type: 'BrokerCrashed', broker });
  if (!crash) return null;
  const kinds = nextLeader ? ['LeaderElected'] : ['LeaderElected', 'PartitionOffline'];
  const e = firstAfter(run.events, crash.step, (x) => kinds.includes(x.type) && onPartition(x, topic, partition));
  const before = e ? partitionOf(run.viewAt(e.step - 1), topic, partition) : undefined;
  if (!e || !before) return null;
  const offline = `No broker: ${tpName(topic, partition)} goes offline`;
  const labels = [...before.replicas.map((b) => `Broker ${b}`), offline];
  const correct = e.type === 'PartitionOffline' ? offline : `Broker ${e.broker}`;
  const { options, answerId } = lettered(labels.length > 4 ? [correct, ...labels.filter((l) => l !== correct).slice(0, 3)] : labels, correct);
  return {
    prompt: `Broker ${broker} crashes. Which broker ${nextLeader ? 'is the next leader' : 'becomes the leader'} of ${tpName(topic, partition)}?`,
    options,
    answerId,
    reason: electionReason(e, before, broker, run.scenario.cluster.config.uncleanLeaderElectionEnable),
    hint: 'The controller elects leaders: the first replica in assignment order that is alive and in sync.',
    stopBeforeStep: e.step,
  };
}
