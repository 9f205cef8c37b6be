// Building answer options deterministically (no randomness: the same run gives the same quiz),
// and small look-ups shared by the generators. Every option carries `why`: what the run says
// about it, shown once the answer is revealed.
import type { ClusterView, PartitionView, SendView, SimEvent } from '../../../engine/view.types';
import type { LessonRun } from '../lessonRun';
import { findEvent } from '../resolveEvent';
import type { QuizOption } from './types';

const LETTERS = ['A', 'B', 'C', 'D', 'E', 'F'];

/** Says why one option (by its label) is right or wrong. */
export type Why = (label: string) => string;

/** Options from labels in the given order; returns the options and the id of `correct`. */
export function lettered(labels: string[], correct: string, why: Why): { options: QuizOption[]; answerId: string } {
  const unique = [...new Set(labels)].slice(0, LETTERS.length);
  if (!unique.includes(correct)) unique[unique.length - 1] = correct;
  const options = unique.map((label, i) => ({ id: LETTERS[i], label, why: why(label) }));
  return { options, answerId: options.find((o) => o.label === correct)!.id };
}

/**
 * Four numeric options: the answer plus the first distinct, non-negative distractors, topped up
 * with neighbours of the answer; shown in ascending order so position gives nothing away.
 */
export function numberOptions(correct: number, distractors: (number | null | undefined)[], label: (n: number) => string, why: (n: number) => string) {
  const picked = [correct];
  const consider = (n: number | null | undefined) => {
    if (picked.length < 4 && n !== null && n !== undefined && n >= 0 && !picked.includes(n)) picked.push(n);
  };
  distractors.forEach(consider);
  for (let d = 1; picked.length < 4 && d < 50; d++) {
    consider(correct + d);
    consider(correct - d);
  }
  picked.sort((a, b) => a - b);
  const byLabel = new Map(picked.map((n) => [label(n), n]));
  return lettered(picked.map(label), label(correct), (l) => why(byLabel.get(l) as number));
}

/** Text options in alphabetical order (a fixed rule, so the answer's position carries no hint). */
export function textOptions(correct: string, distractors: string[], why: Why) {
  const labels = [correct, ...distractors.filter((d) => d !== correct)].slice(0, 4);
  labels.sort((a, b) => a.localeCompare(b));
  return lettered(labels, correct, why);
}

export function tpName(topic: string, partition: number): string {
  return `${topic}-${partition}`;
}

export function partitionOf(view: ClusterView, topic: string, partition: number): PartitionView | undefined {
  return view.partitions.find((p) => p.topic === topic && p.partition === partition);
}

export function leaderLog(p: PartitionView) {
  return p.replicaLogs.find((r) => r.broker === p.leader) ?? p.replicaLogs[0];
}

/** The send of `producer` whose value is `value` (the first, if the value repeats). */
export function findSend(view: ClusterView, producer: string, value: string): SendView | undefined {
  return view.producers.find((p) => p.id === producer)?.sends.find((s) => s.value === value);
}

/** RecordSent fires once per send(), in send order, so send #i is the (i+1)th RecordSent. */
export function sentEvent(run: LessonRun, producer: string, index: number): SimEvent | null {
  return findEvent(run.events, { type: 'RecordSent', producer, nth: index + 1 });
}

/** The first event after `afterStep` that satisfies `test`. */
export function firstAfter(events: readonly SimEvent[], afterStep: number, test: (e: SimEvent) => boolean): SimEvent | null {
  return events.find((e) => e.step > afterStep && test(e)) ?? null;
}

export function onPartition(e: SimEvent, topic: string, partition: number): boolean {
  return e.topic === topic && e.partition === partition;
}

export function listWords(items: (string | number)[]): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}`;
}

/** "offset 3" or "offsets 0–4": the records below an exclusive end. */
export function offsetsBelow(end: number, from = 0): string {
  return end - from === 1 ? `offset ${from}` : `offsets ${from}–${end - 1}`;
}

export function setWords(brokers: readonly number[]): string {
  return `{${brokers.join(',')}}`;
}

/** Simulated time as a person says it: "3.2 s". */
export function secondsWords(ms: number): string {
  return `${Number((ms / 1000).toFixed(1))} s`;
}
