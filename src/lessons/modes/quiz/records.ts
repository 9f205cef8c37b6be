// Questions about one record's life: what becomes of its send, how many replicas hold it when
// the producer hears back, and whether it is still in the log at the end.
import type { ClusterView, SimEvent } from '../../../engine/view.types';
import type { AppendFact, LessonRun } from '../lessonRun';
import { findSend, firstAfter, numberOptions, onPartition, partitionOf, sentEvent, setWords, textOptions, tpName } from './options';
import type { Draft } from './types';

function acksOf(view: ClusterView, producer: string): string {
  return view.producers.find((p) => p.id === producer)?.acks ?? '?';
}

function downBrokers(view: ClusterView): string {
  const down = view.brokers.filter((b) => b.status === 'down').map((b) => b.id);
  return down.length ? `, while broker ${down.join(' and ')} ${down.length === 1 ? 'is' : 'are'} down` : '';
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
    reason = `${producer} got its acknowledgement: '${value}' is stored at ${tp} offset ${send.offset}.`;
  } else if (send.status === 'failed') {
    const e = firstAfter(run.events, sent.step, (x) => x.type === 'ProduceFailed' && mine(x));
    correct = failed;
    decisive = e?.step ?? sent.step;
    reason = `${producer} gave up on '${value}' with ${send.error ?? 'an error'} once delivery.timeout.ms ran out: it was never acknowledged, so the application must handle the failure (retry, log, alert).`;
  }
  const why = (l: string) => {
    if (l === correct) return reason;
    if (l === unanswered) return `Only acks=0 counts a send as delivered unanswered; ${producer} uses acks=${acksOf(run.finalView, producer)}.`;
    if (l === acked) return `No acknowledgement for '${value}' ever reached ${producer}.`;
    if (l === failed) return send.status === 'acked' ? 'It succeeded: a send fails only when no broker takes it before delivery.timeout.ms.' : 'Nothing failed it before the run ended.';
    return `${producer} did hear back about '${value}' before the run ended.`;
  };
  const { options, answerId } = textOptions(correct, [acked, failed, waiting, unanswered], why);
  const at = run.viewAt(sent.step);
  return {
    prompt: `${producer} (acks=${acksOf(at, producer)}) sends '${value}' to ${send.topic}${downBrokers(at)}. What happens to that send?`,
    options,
    answerId,
    reason,
    hint: 'acks=0 never waits; acks=1 and acks=all wait for a leader to answer, retrying until delivery.timeout.ms runs out.',
    decidingStep: decisive,
  };
}

/** The step at which the leader sends the answer: after its append (acks=1) or once the HW passes the record (acks=all). */
function answerStep(run: LessonRun, acks: string, topic: string, partition: number, offset: number, afterStep: number): number | null {
  const appended = firstAfter(run.events, afterStep, (x) => x.type === 'RecordAppended' && onPartition(x, topic, partition) && x.offset === offset);
  if (!appended) return null;
  if (acks !== 'all') return appended.step;
  const hw = firstAfter(run.events, appended.step - 1, (x) => x.type === 'HighWatermarkAdvanced' && onPartition(x, topic, partition) && (x.offset ?? 0) > offset);
  return hw?.step ?? null;
}

/** How many replicas hold a record when the leader answers its producer (acks=1 vs acks=all). */
export function replicasAtAck(run: LessonRun, producer: string, value: string): Draft | null {
  const send = findSend(run.finalView, producer, value);
  const sent = send ? sentEvent(run, producer, send.index) : null;
  if (!send || !sent || send.status !== 'acked' || send.offset === null || send.offset < 0 || send.partition === null) return null;
  const acks = acksOf(run.finalView, producer);
  const step = answerStep(run, acks, send.topic, send.partition, send.offset, sent.step);
  const p = step === null ? undefined : partitionOf(run.viewAt(step), send.topic, send.partition);
  if (step === null || !p) return null;
  const holders = p.replicaLogs.filter((r) => r.records.some((x) => x.offset === send.offset && x.value === value)).map((r) => r.broker);
  const n = holders.length;
  const rule = acks === 'all' ? `acks=all waits until every in-sync replica ${setWords(p.isr)} has it` : `acks=${acks} is answered as soon as the leader has appended it, before any follower fetches it`;
  const why = (k: number) => {
    if (k === n) return `When the leader answers, broker${n === 1 ? '' : 's'} ${holders.join(', ')} hold${n === 1 ? 's' : ''} '${value}': ${rule}.`;
    if (k === 0) return 'The leader appends a record before it answers for any acks but 0.';
    if (k > p.replicas.length) return `${tpName(send.topic, send.partition as number)} has only ${p.replicas.length} replicas.`;
    return k > n ? `${acks === 'all' ? 'Only the in-sync replicas count, and a replica outside the ISR is not waited for' : `acks=${acks} does not wait for the followers`}.` : `${rule}, so more than ${k} hold it.`;
  };
  const { options, answerId } = numberOptions(n, [1, p.replicas.length, p.isr.length, 0], String, why);
  const down = run.viewAt(step).brokers.filter((b) => b.status === 'down').map((b) => b.id);
  const downWords = down.length ? ` Broker ${down.join(' and ')} ${down.length === 1 ? 'is' : 'are'} down.` : '';
  return {
    prompt: `${producer} (acks=${acks}) sends '${value}' to ${tpName(send.topic, send.partition)}, which has ${p.replicas.length} replicas.${downWords} When the leader sends ${producer} its acknowledgement, how many replicas hold '${value}'?`,
    options,
    answerId,
    reason: why(n),
    hint: 'acks=1: the leader answers after its own append. acks=all: after every in-sync replica has the record.',
    decidingStep: step,
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
  return `No: ${LOSS_CAUSE[lost.type](lost)}.${verdict}`;
}

export function recordSurvives(run: LessonRun, producer: string, value: string): Draft | null {
  const fact = run.appends.find((a) => a.value === value && a.producer === producer);
  if (!fact) return null;
  const tp = tpName(fact.topic, fact.partition);
  const kept = holds(run, run.stepCount, fact);
  const lost = kept ? null : lostAt(run, fact);
  const yes = `Yes: it is still in ${tp}`;
  const no = 'No: it is gone from the log';
  const reason = kept || lost ? survivalReason(run, fact, lost, producer) : `No: the leader of ${tp} no longer has it.`;
  const why = (l: string) => (l === (kept ? yes : no) ? reason : kept ? 'The leader still holds it at the end: nothing in this run removed it.' : `Something in this run removed it: ${reason.replace(/^No: /, '')}`);
  const { options, answerId } = textOptions(kept ? yes : no, [yes, no], why);
  const send = findSend(run.finalView, producer, value);
  const acked = send?.status === 'acked' ? ' and was acknowledged' : '';
  return {
    prompt: `'${value}' was appended to ${tp}${acked}. Is it still stored in ${tp} when the run ends?`,
    options,
    answerId,
    reason,
    hint: 'Reading and committing never delete a record. Retention, or a new leader without a copy, can.',
    decidingStep: lost?.step ?? null,
  };
}
