// "Key moments": questions whose answers point at a step ("Show step n"). A lesson writes its
// own; a teacher's scenario gets moments for the first occurrence of each notable event.
import type { SimEvent } from '../../engine/view.types';
import type { KeyMoment } from '../types';
import { resolveAll } from './resolveEvent';

export interface KeyMomentView extends KeyMoment {
  /** The step to show; null when the run never reaches the moment. */
  step: number | null;
}

export function keyMoments(moments: readonly KeyMoment[], events: readonly SimEvent[]): KeyMomentView[] {
  return resolveAll(moments, events);
}

const tp = (e: SimEvent) => `${e.topic}-${e.partition}`;

// Each template is true of any run in which its event happens; it never guesses at causes.
const TEMPLATES: { type: string; question: (e: SimEvent) => string; answer: (e: SimEvent) => string }[] = [
  { type: 'RecordAppended', question: () => 'When is the first record stored?', answer: (e) => `Broker ${e.broker}, the leader of ${tp(e)}, appends it at offset ${e.offset}. Stored is not yet committed: followers still have to copy it.` },
  { type: 'HighWatermarkAdvanced', question: (e) => `When does ${tp(e)} first have a committed record?`, answer: (e) => `The high watermark of ${tp(e)} moves to ${e.offset}: every in-sync replica has the offsets below it, so consumers may now read them.` },
  { type: 'ProduceFailed', question: () => 'Why does a send fail?', answer: (e) => `${e.producer} gives up on a batch for ${tp(e)} with ${e.detail}: the record was never acknowledged.` },
  { type: 'BrokerCrashed', question: (e) => `What happens when broker ${e.broker} crashes?`, answer: (e) => `Broker ${e.broker} stops at once. Its log stays on disk; the controller only notices after broker.session.timeout.ms without heartbeats.` },
  { type: 'IsrShrunk', question: (e) => `Why does the ISR of ${tp(e)} shrink?`, answer: (e) => `A follower fell behind for longer than replica.lag.time.max.ms, so the leader removed it: the ISR is now ${e.detail}.` },
  { type: 'LeaderElected', question: (e) => `Who leads ${tp(e)} after the change?`, answer: (e) => `The controller elects broker ${e.broker} (${e.detail} election) and bumps the leader epoch.` },
  { type: 'PartitionOffline', question: (e) => `Why does ${tp(e)} go offline?`, answer: () => 'No in-sync replica is alive and unclean election is off, so the partition has no leader.' },
  { type: 'RebalanceCompleted', question: () => 'When does the group settle its assignment?', answer: (e) => `The group coordinator completes the rebalance (${e.detail}): every partition now has one owner in the group.` },
  { type: 'SegmentsDeleted', question: (e) => `When do records of ${tp(e)} disappear?`, answer: (e) => `Retention deletes old segments: the log now starts at offset ${e.offset}, whether or not anyone read them.` },
];

/** Moments for a teacher's scenario: the first event of each notable kind, in run order. */
export function genericKeyMoments(events: readonly SimEvent[]): KeyMomentView[] {
  const found: KeyMomentView[] = [];
  for (const t of TEMPLATES) {
    const e = events.find((x) => x.type === t.type);
    if (!e) continue;
    found.push({ question: t.question(e), answer: t.answer(e), event: { type: e.type, topic: e.topic, partition: e.partition, broker: e.broker, producer: e.producer }, step: e.step });
  }
  return found.sort((a, b) => (a.step ?? 0) - (b.step ?? 0));
}
