// "Process flow": the lesson's stages as boxes, each done, current or pending at a step. A
// teacher's own scenario gets generic stages that follow the run's first stored record:
// produce → append → replicate → high watermark → ack → poll → commit, in the order the run
// does them.
import type { SimEvent } from '../../engine/view.types';
import type { EventMatcher, FlowStage } from '../types';
import { findEvent, latestReached, resolveAll } from './resolveEvent';

export type StageState = 'done' | 'current' | 'pending';

export interface FlowStageView {
  id: string;
  title: string;
  /** The step the stage happens on in this run; null when it never does. */
  step: number | null;
  state: StageState;
}

/** Stages for any run, bound to the first record a leader appended; stages the run lacks are left out. */
export function genericStages(events: readonly SimEvent[]): FlowStage[] {
  const appended = events.find((e) => e.type === 'RecordAppended');
  if (!appended) return [];
  const { topic, partition, offset, producer } = appended;
  const append: EventMatcher = { type: 'RecordAppended', topic, partition, offset };
  const polled: EventMatcher = { type: 'RecordsPolled', topic, partition, after: append };
  const candidates: FlowStage[] = [
    { id: 'produce', title: producer ? `Producer ${producer} sends a record` : 'A producer sends a record', event: { type: 'RecordSent', producer, topic, partition } },
    { id: 'append', title: `The leader appends it to ${topic}-${partition} at offset ${offset}`, event: append },
    { id: 'replicate', title: 'A follower replicates it', event: { type: 'RecordReplicated', topic, partition, offset } },
    { id: 'hw', title: 'The high watermark passes it: committed', event: { type: 'HighWatermarkAdvanced', topic, partition, after: append } },
    { id: 'ack', title: 'The producer gets its acknowledgement', event: { type: 'ProduceAcked', producer, topic, partition, offset } },
    { id: 'poll', title: 'A consumer polls it', event: polled },
    { id: 'commit', title: 'The consumer commits its offset', event: { type: 'OffsetsCommitted', topic, partition, after: polled } },
  ];
  // In the order this run did them: with acks=1 the acknowledgement comes before the commit.
  return candidates
    .map((stage) => ({ stage, step: findEvent(events, stage.event)?.step ?? null }))
    .filter((x): x is { stage: FlowStage; step: number } => x.step !== null)
    .sort((a, b) => a.step - b.step)
    .map((x) => x.stage);
}

/**
 * Each stage's state at `currentStep`: the most recently reached stage is current, earlier
 * reached ones are done, the rest pending. Pass the whole run's events, so later stages resolve.
 */
export function processFlow(lesson: { stages: readonly FlowStage[] } | null, events: readonly SimEvent[], currentStep: number): FlowStageView[] {
  const stages = lesson && lesson.stages.length > 0 ? lesson.stages : genericStages(events);
  const resolved = resolveAll(stages, events);
  const current = latestReached(resolved, currentStep);
  return resolved.map((s, i) => ({
    id: s.id,
    title: s.title,
    step: s.step,
    state: i === current ? 'current' : s.step !== null && s.step <= currentStep ? 'done' : 'pending',
  }));
}
