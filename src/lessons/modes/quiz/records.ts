// Questions about one record's life: when it was stored, whether its send succeeded, and
// whether it is still in the log at the end.
import type { SimEvent } from '../../../engine/view.types';
import type { AppendFact, LessonRun } from '../lessonRun';
import { findSend, firstAfter, numberOptions, onPartition, partitionOf, sentEvent, textOptions, tpName } from './options';
import type { QuizQuestion } from './types';

type Draft = Omit<QuizQuestion, 'id' | 'kind'>;

export function storedAt(run: LessonRun, value: string): Draft | null {
  const fact = run.appends.find((a) => a.value === value);
  if (!fact) return null;
  const send = fact.producer ? findSend(run.finalView, fact.producer, value) : undefined;
  const sent = send && fact.producer ? sentEvent(run, fact.producer, send.index) : null;
  const same = (e: SimEvent) => onPartition(e, fact.topic, fact.partition);
  const replicated = firstAfter(run.events, fact.step, (e) => e.type === 'RecordReplicated' && same(e) && e.offset === fact.offset);
  const acked = firstAfter(run.events, fact.step - 1, (e) => e.type === 'ProduceAcked' && same(e) && e.offset === fact.offset);
  const { options, answerId } = numberOptions(fact.step, [sent?.step, acked?.step, replicated?.step], (n) => `Step ${n}`);
  const tp = tpName(fact.topic, fact.partition);
  const asides: string[] = [];
  if (sent) asides.push(`step ${sent.step} is when the producer called send()`);
  if (replicated) asides.push(`step ${replicated.step} is when a follower copied it`);
  if (acked) asides.push(`step ${acked.step} is when the producer got its acknowledgement`);
  return {
    prompt: `At which step is the record '${value}' stored in Kafka?`,
    options,
    answerId,
    reason: `At step ${fact.step} broker ${fact.broker}, the leader, appended '${value}' to ${tp} at offset ${fact.offset}: that is when Kafka stored it.${asides.length ? ` By contrast, ${asides.join('; ')}.` : ''}`,
    hint: 'Look for the row where a broker appends the record to a partition log.',
    stopBeforeStep: fact.step,
  };
}

export function sendOutcome(run: LessonRun, producer: string, value: string): Draft | null {
  const send = findSend(run.finalView, producer, value);
  const sent = send ? sentEvent(run, producer, send.index) : null;
  if (!send || !sent) return null;
  const tp = send.partition === null ? send.topic : tpName(send.topic, send.partition);
  const mine = (e: SimEvent) => e.producer === producer && e.topic === send.topic && (send.partition === null || e.partition === send.partition);
  const acked = 'The producer gets an acknowledgement';
  const failed = 'send() fails with an error';
  const waiting = 'The producer is still waiting when the run ends';
  const unanswered = 'It counts as delivered without any answer';
  let correct = waiting;
  let reason = `No answer ever reached ${producer}: the send of '${value}' is still pending when the run ends.`;
  let decisive: number | null = null;
  if (send.status === 'acked' && send.offset === -1) {
    correct = unanswered;
    decisive = sent.step;
    reason = `With acks=0 the producer counts '${value}' as delivered the moment it is sent (offset −1): no broker ever answers.`;
  } else if (send.status === 'acked') {
    const e = firstAfter(run.events, sent.step, (x) => x.type === 'ProduceAcked' && mine(x) && x.offset === send.offset);
    correct = acked;
    decisive = e?.step ?? sent.step;
    reason = `At step ${decisive} ${producer} got its acknowledgement: '${value}' is stored at ${tp} offset ${send.offset}.`;
  } else if (send.status === 'failed') {
    const e = firstAfter(run.events, sent.step, (x) => x.type === 'ProduceFailed' && mine(x));
    correct = failed;
    decisive = e?.step ?? sent.step;
    reason = `At step ${decisive} ${producer} gave up on '${value}' with ${send.error ?? 'an error'}: it was never acknowledged, so the application must handle the failure (retry, log, alert).`;
  }
  const { options, answerId } = textOptions(correct, [acked, failed, waiting, unanswered]);
  return {
    prompt: `What happens to the send of '${value}' by ${producer}?`,
    options,
    answerId,
    reason,
    hint: `Follow ${producer}'s rows after it calls send('${value}').`,
    stopBeforeStep: decisive,
  };
}

/** The first step after the append at which the partition's leader no longer holds the record. */
function lostAt(run: LessonRun, fact: AppendFact): SimEvent | null {
  // Going offline loses nothing by itself: the next leader decides what survives.
  const kinds = new Set(['LeaderElected', 'LogTruncated', 'SegmentsDeleted']);
  for (const e of run.events) {
    if (e.step <= fact.step || !kinds.has(e.type) || !onPartition(e, fact.topic, fact.partition)) continue;
    if (!holds(run, e.step, fact)) return e;
  }
  return null;
}

/** The leader's log holds the record (while offline: some replica's log still does). */
function holds(run: LessonRun, step: number, fact: AppendFact): boolean {
  const p = partitionOf(run.viewAt(step), fact.topic, fact.partition);
  const logs = p?.replicaLogs.filter((r) => p.leader === null || r.broker === p.leader) ?? [];
  return logs.some((log) => log.records.some((r) => r.offset === fact.offset && r.value === fact.value));
}

const LOSS_CAUSE: Record<string, (e: SimEvent) => string> = {
  LeaderElected: (e) => `broker ${e.broker} became the leader without a copy of it`,
  LogTruncated: (e) => `broker ${e.broker} truncated its log to match the leader, removing it`,
  SegmentsDeleted: () => 'retention deleted the segment that held it',
};

function survivalReason(run: LessonRun, fact: AppendFact, lost: SimEvent | null, producer: string): string {
  const tp = tpName(fact.topic, fact.partition);
  if (lost === null) {
    const readers = run.finalView.consumers.filter((c) => c.received.some((r) => r.topic === fact.topic && r.partition === fact.partition && r.offset === fact.offset));
    const read = readers.length ? ` ${readers.map((c) => c.id).join(', ')} read it, and it is still there: reading and committing never delete records.` : '';
    return `Yes: at the end of the run the leader of ${tp} still holds '${fact.value}' at offset ${fact.offset}.${read}`;
  }
  const expired = lost.type === 'SegmentsDeleted';
  const acked = findSend(run.finalView, producer, fact.value)?.status === 'acked';
  const verdict = expired ? ' That is retention doing its job, not a loss.' : acked ? ' It had been acknowledged, so this is a lost write.' : '';
  return `No: at step ${lost.step} ${LOSS_CAUSE[lost.type](lost)}.${verdict}`;
}

export function recordSurvives(run: LessonRun, producer: string, value: string): Draft | null {
  const fact = run.appends.find((a) => a.value === value && a.producer === producer);
  if (!fact) return null;
  const tp = tpName(fact.topic, fact.partition);
  const kept = holds(run, run.stepCount, fact);
  const lost = kept ? null : lostAt(run, fact);
  const yes = `Yes: it is still in ${tp}`;
  const no = 'No: it is gone from the log';
  const { options, answerId } = textOptions(kept ? yes : no, [yes, no]);
  return {
    prompt: `At the end of the run, is '${value}' still stored in ${tp}?`,
    options,
    answerId,
    reason: kept || lost ? survivalReason(run, fact, lost, producer) : `No: the leader of ${tp} no longer has it.`,
    hint: `Compare the log of ${tp}'s leader at the end with the step where '${value}' was appended.`,
    stopBeforeStep: lost?.step ?? null,
  };
}
