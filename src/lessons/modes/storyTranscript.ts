// "Full transcript" as the seed pages write it: the story in a few paragraphs of prose, from the
// lesson's narration at its moments (or, for a teacher's scenario, from the run's notable events)
// and the state the run ends in. The step-by-step log stays available as an export (transcript.ts
// writes it as Markdown, stepLogCsv as CSV).
import type { ClusterView, SimEvent, StepRow } from '../../engine/view.types';
import type { Lesson } from '../types';
import { resolveNarration } from './narration';

/** The prose stays readable aloud: a few thousand characters at most. */
export const MAX_TRANSCRIPT_CHARS = 4000;
/** A pause this long in simulated time starts a new paragraph. */
const PARAGRAPH_PAUSE_MS = 1500;
const MAX_EVENT_SENTENCES = 24;

const seconds = (ms: number) => `${Number((ms / 1000).toFixed(1))} s`;
const tp = (e: SimEvent) => `${e.topic}-${e.partition}`;

// A teacher's scenario has no narration: its notable events, said plainly.
const EVENT_SENTENCES: Record<string, (e: SimEvent) => string> = {
  BrokerCrashed: (e) => `Broker ${e.broker} crashes.`,
  BrokerFenced: (e) => `The controller fences broker ${e.broker}: it has stopped hearing from it.`,
  BrokerRestarted: (e) => `Broker ${e.broker} restarts with its log.`,
  LeaderElected: (e) => `The controller elects broker ${e.broker} leader of ${tp(e)}${e.detail ? ` (${e.detail} election)` : ''}.`,
  PartitionOffline: (e) => `${tp(e)} goes offline: no eligible replica is alive.`,
  IsrShrunk: (e) => `The ISR of ${tp(e)} shrinks to ${e.detail}.`,
  IsrExpanded: (e) => `The ISR of ${tp(e)} grows back to ${e.detail}.`,
  LogTruncated: (e) => `Broker ${e.broker} truncates its log of ${tp(e)} to offset ${e.offset}.`,
  ProduceFailed: (e) => `${e.producer} gives up on a batch for ${tp(e)}: ${e.detail}.`,
  RebalanceCompleted: (e) => `A rebalance completes (${e.detail}).`,
  ConsumerCrashed: (e) => `Consumer ${e.consumer} crashes.`,
  ConsumerStopped: (e) => `Consumer ${e.consumer} leaves its group.`,
  SegmentsDeleted: (e) => `Retention deletes old segments of ${tp(e)}: the log now starts at offset ${e.offset}.`,
};

function firstOf(events: readonly SimEvent[], type: string, key: (e: SimEvent) => string) {
  const seen = new Set<string>();
  return events.filter((e) => e.type === type && !seen.has(key(e)) && seen.add(key(e)));
}

/** Timed sentences for a run without narration: the first append and commit per partition, then the notable events. */
function eventSentences(events: readonly SimEvent[]): { timeMs: number; text: string }[] {
  const firsts = [
    ...firstOf(events, 'RecordAppended', tp).map((e) => ({ timeMs: e.timeMs, text: `Broker ${e.broker} appends the first record of ${tp(e)}.` })),
    ...firstOf(events, 'HighWatermarkAdvanced', tp).map((e) => ({ timeMs: e.timeMs, text: `The high watermark of ${tp(e)} moves to ${e.offset}: its first record is committed.` })),
  ];
  const notable = events.filter((e) => EVENT_SENTENCES[e.type]).map((e) => ({ timeMs: e.timeMs, text: EVENT_SENTENCES[e.type](e) }));
  return [...firsts, ...notable].sort((a, b) => a.timeMs - b.timeMs).slice(0, MAX_EVENT_SENTENCES);
}

function paragraphsOf(sentences: { timeMs: number; text: string }[]): string[] {
  const out: string[] = [];
  let current: string[] = [];
  let last = Number.NEGATIVE_INFINITY;
  for (const s of sentences) {
    if (s.timeMs - last >= PARAGRAPH_PAUSE_MS) {
      if (current.length) out.push(current.join(' '));
      current = [`At ${seconds(s.timeMs)}: ${s.text}`];
    } else current.push(s.text);
    last = s.timeMs;
  }
  if (current.length) out.push(current.join(' '));
  return out;
}

/** Where the run ends: sends, partitions, groups and what the checker found. */
export function outcome(view: ClusterView, stepCount: number): string {
  const sends = view.producers.flatMap((p) => p.sends);
  const acked = sends.filter((s) => s.status === 'acked').length;
  const failed = sends.filter((s) => s.status === 'failed').length;
  const parts = [`By the end (step ${stepCount}, ${seconds(view.timeMs)}) ${sends.length} record${sends.length === 1 ? ' was' : 's were'} sent: ${acked} acknowledged${failed ? `, ${failed} failed` : ''}.`];
  const partitions = view.partitions.slice(0, 3).map((p) => `${p.topic}-${p.partition} ${p.leader === null ? 'is offline' : `is led by broker ${p.leader}`} with ISR {${p.isr.join(',')}} and high watermark ${p.highWatermark}`);
  if (partitions.length) parts.push(`${partitions.join('; ')}.`);
  const commits = view.groups.flatMap((g) => g.committed.slice(0, 2).map((c) => `'${g.groupId}' has committed ${c.topic}-${c.partition} up to ${c.offset}`));
  if (commits.length) parts.push(`${commits.slice(0, 3).join('; ')}.`);
  if (view.anomalies.length) parts.push(`The checker reports ${view.anomalies.map((a) => `${a.kind} at step ${a.step} (${a.detail})`).join('; ')}.`);
  return parts.join(' ');
}

function capped(paragraphs: string[], limit: number): string[] {
  const out: string[] = [];
  let used = 0;
  for (const p of paragraphs) {
    if (used + p.length > limit) {
      const room = limit - used;
      if (room > 80) out.push(`${p.slice(0, room - 1).replace(/\s+\S*$/, '')} …`);
      break;
    }
    out.push(p);
    used += p.length;
  }
  return out;
}

/** The story as prose. The outcome always closes it, so a cut falls on the middle, not the end. */
export function storyTranscript(run: { events: readonly SimEvent[]; finalView: ClusterView; stepCount: number }, lesson?: Pick<Lesson, 'summary' | 'narration'>): string[] {
  if (run.stepCount === 0) return [];
  const timeOf = new Map(run.events.map((e) => [e.step, e.timeMs]));
  const narrated = lesson
    ? resolveNarration(lesson.narration, run.events).flatMap((c) => (c.step === null ? [] : [{ step: c.step, timeMs: timeOf.get(c.step) ?? 0, text: c.text }]))
    : [];
  narrated.sort((a, b) => a.step - b.step);
  const story = narrated.length ? paragraphsOf(narrated) : paragraphsOf(eventSentences(run.events));
  const end = outcome(run.finalView, run.stepCount);
  const head = lesson?.summary ? [lesson.summary] : [];
  // Narration cues that run on ("… and elects broker 2") read as one sentence in prose.
  const body = [...head, ...story].map((p) => p.replace(/ … … /g, ' … '));
  return [...capped(body, MAX_TRANSCRIPT_CHARS - end.length), end];
}

function csvField(text: string | number): string {
  const s = String(text);
  return /[",\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

/** The step-by-step log as CSV, one row per engine step (the Execution table's columns). */
export function stepLogCsv(rows: readonly StepRow[]): string {
  const header = ['Step', 'Time (ms)', 'Component', 'Action', 'Message state', 'Output'];
  const lines = rows.map((r) => [r.step, r.timeMs, r.component, r.action, r.messageState, r.output].map(csvField).join(','));
  return `${[header.join(','), ...lines].join('\n')}\n`;
}
