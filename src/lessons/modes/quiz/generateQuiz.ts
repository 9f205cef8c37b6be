// The quiz generator: each QuizSpec becomes a question whose answer is read from the run, with
// other draws of it ("Try another"). For a teacher's own scenario (no lesson), defaultQuizSpecs
// picks questions the run can answer.
import type { QuizSpec } from '../../types';
import type { LessonRun } from '../lessonRun';
import { controllerAfterCrash, fencedAfter, isrChange, leaderAfterCrash } from './cluster';
import { assignedConsumer, committedOffset, resumeOffset } from './groups';
import { firstAfter } from './options';
import { highWatermark, logStartOffset, partitionForKey } from './partitions';
import { recordSurvives, replicasAtAck, sendOutcome } from './records';
import type { Draft, QuizQuestion } from './types';
import { variantSpecs } from './variants';

/** A question keeps at most this many draws: enough to try again, few enough to stay cheap. */
const MAX_DRAWS = 4;

function draft(run: LessonRun, spec: QuizSpec): Draft | null {
  switch (spec.kind) {
    case 'partitionForKey':
      return partitionForKey(run, spec.topic, spec.key);
    case 'highWatermark':
      return highWatermark(run, spec.topic, spec.partition, spec.at);
    case 'leaderAfterCrash':
      return leaderAfterCrash(run, spec.topic, spec.partition, spec.broker, spec.nextLeader);
    case 'sendOutcome':
      return sendOutcome(run, spec.producer, spec.value);
    case 'recordSurvives':
      return recordSurvives(run, spec.producer, spec.value);
    case 'replicasAtAck':
      return replicasAtAck(run, spec.producer, spec.value);
    case 'isrChange':
      return isrChange(run, spec.topic, spec.partition, spec.at);
    case 'fencedAfter':
      return fencedAfter(run, spec.broker);
    case 'controllerAfterCrash':
      return controllerAfterCrash(run, spec.broker);
    case 'assignedConsumer':
      return assignedConsumer(run, spec.groupId, spec.topic, spec.partition, spec.at);
    case 'committedOffset':
      return committedOffset(run, spec.groupId, spec.topic, spec.partition, spec.at);
    case 'resumeOffset':
      return resumeOffset(run, spec.consumer, spec.topic, spec.partition, spec.after);
    case 'logStartOffset':
      return logStartOffset(run, spec.topic, spec.partition, spec.at);
  }
}

const answerOf = (d: Draft) => d.options.find((o) => o.id === d.answerId)?.label;

/** Other draws: distinct questions, those with another answer first (a copied answer then fails). */
function otherDraws(run: LessonRun, spec: QuizSpec, first: Draft): Draft[] {
  const seen = new Set([first.prompt]);
  const drafts: Draft[] = [];
  for (const other of variantSpecs(run, spec)) {
    if (drafts.length >= MAX_DRAWS * 3) break;
    const d = draft(run, other);
    if (!d || seen.has(d.prompt)) continue;
    seen.add(d.prompt);
    drafts.push(d);
  }
  const differs = (d: Draft) => (answerOf(d) === answerOf(first) ? 1 : 0);
  return drafts.sort((a, b) => differs(a) - differs(b)).slice(0, MAX_DRAWS - 1);
}

/** One question for a spec, or null when this run does not contain what the spec asks about. */
export function generateQuestion(run: LessonRun, spec: QuizSpec, position = 0): QuizQuestion | null {
  const d = draft(run, spec);
  if (!d) return null;
  const id = `${spec.kind}-${position + 1}`;
  const others = otherDraws(run, spec, d).map((o, i) => ({ id: `${id}~${i + 1}`, kind: spec.kind, ...o }));
  return { id, kind: spec.kind, ...d, others };
}

/** The questions of a quiz, in order; specs the run cannot answer are left out. */
export function generateQuiz(run: LessonRun, specs: readonly QuizSpec[] = defaultQuizSpecs(run)): QuizQuestion[] {
  return specs.map((spec, i) => generateQuestion(run, spec, i)).filter((q): q is QuizQuestion => q !== null);
}

/** Questions any run can be asked, chosen from what happened in it (for a teacher's scenario). */
export function defaultQuizSpecs(run: LessonRun): QuizSpec[] {
  const specs: QuizSpec[] = [];
  const first = run.appends[0];
  if (first?.producer) specs.push({ kind: 'recordSurvives', producer: first.producer, value: first.value });
  const keyed = run.finalView.producers.flatMap((p) => p.sends).find((s) => s.key !== null);
  if (keyed?.key) specs.push({ kind: 'partitionForKey', topic: keyed.topic, key: keyed.key });
  const hw = run.events.find((e) => e.type === 'HighWatermarkAdvanced');
  if (hw?.topic !== undefined && hw.partition !== undefined) specs.push({ kind: 'highWatermark', topic: hw.topic, partition: hw.partition });
  for (const crash of run.events.filter((e) => e.type === 'BrokerCrashed')) {
    const e = firstAfter(run.events, crash.step, (x) => x.type === 'LeaderElected' || x.type === 'PartitionOffline');
    if (e?.topic === undefined || e.partition === undefined || crash.broker === undefined) continue;
    specs.push({ kind: 'leaderAfterCrash', topic: e.topic, partition: e.partition, broker: crash.broker });
    break;
  }
  const failed = run.finalView.producers.flatMap((p) => p.sends.map((s) => ({ producer: p.id, s }))).find(({ s }) => s.status === 'failed');
  if (failed) specs.push({ kind: 'sendOutcome', producer: failed.producer, value: failed.s.value });
  const member = run.finalView.groups.flatMap((g) => g.members.map((m) => ({ g, m }))).find(({ m }) => m.assignment.length > 0);
  if (member) specs.push({ kind: 'assignedConsumer', groupId: member.g.groupId, topic: member.m.assignment[0].topic, partition: member.m.assignment[0].partition });
  const deleted = run.events.find((e) => e.type === 'SegmentsDeleted');
  if (deleted?.topic !== undefined && deleted.partition !== undefined) specs.push({ kind: 'logStartOffset', topic: deleted.topic, partition: deleted.partition });
  return specs;
}
