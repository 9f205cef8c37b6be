// Story moments: the one place that decides whether a step tells the class something ("moment"),
// is the cluster's housekeeping ("routine": heartbeats, empty fetches and polls, metadata that
// changes nothing), or is neither. The table's "Hide routine", Step forward/back with it, "Next
// moment", "Pause at moments" and the generated narration all ask this module, so they never
// disagree about what a class should stop at. Pure: usable in the engine worker and on the page.
import type { SimEvent, SimEventType } from '../engine/view.types';

export type StepKind = 'moment' | 'routine' | 'plain';

/**
 * Events that change the story the diagram tells. Left out on purpose: a follower's own copy
 * (RecordReplicated: the story is the high watermark moving), a broker learning it leads
 * (BecameLeader: the controller's LeaderElected told it), and the group's bookkeeping around a
 * rebalance (MemberJoined, GenerationStarted, CoordinatorFound …: the rebalance itself is told).
 */
export const STORY_EVENT_TYPES: ReadonlySet<SimEventType> = new Set<SimEventType>([
  'RecordSent',
  'RecordAppended',
  'HighWatermarkAdvanced',
  'ProduceAcked',
  'ProduceFailed',
  'RecordsPolled',
  'OffsetsCommitted',
  'OffsetCommitFailed',
  'LeaderElected',
  'PartitionOffline',
  'IsrShrunk',
  'IsrExpanded',
  'IsrChanged',
  'BrokerCrashed',
  'BrokerRestarted',
  'BrokerFenced',
  'BrokerUnfenced',
  'NodeIsolated',
  'LinkCut',
  'NetworkHealed',
  'ConsumerStarted',
  'ConsumerStopped',
  'ConsumerCrashed',
  'ConsumerError',
  'MemberExpired',
  'MemberLeft',
  'RebalanceStarted',
  'RebalanceCompleted',
  'PartitionsAssigned',
  'PartitionsRevoked',
  'PartitionsLost',
  'PositionReset',
  'OffsetOutOfRange',
  'LogTruncated',
  'LogTruncationDetected',
  'SegmentsDeleted',
  'PartitionsAdded',
]);

export function isStoryEvent(event: SimEvent): boolean {
  return STORY_EVENT_TYPES.has(event.type);
}

/**
 * How moments are chosen. In a lesson, up to `boundUntil` (the step an intervention forked the run
 * at, or the end of the lesson's own run), the moments are exactly the steps its narration is bound
 * to; after that, and in every other scenario, they are generated from the events.
 */
export interface MomentBinding {
  /** The steps the lesson's narration is bound to, on this run. */
  boundSteps: readonly number[];
  /** Steps up to and including this one are judged by `boundSteps`. */
  boundUntil: number;
}

/** The facts about one step the decision needs: its row's routine flag and its events. */
export interface StepFacts {
  step: number;
  routine: boolean;
  events: readonly SimEvent[];
}

/**
 * Moment, routine or plain. A step with a story event is never routine, whatever its row says (the
 * row marks the work, the event the news); anomalies need no case of their own, since the checker
 * reports them at a step that appended, acknowledged, elected or truncated, all story events.
 */
export function classifyStep(facts: StepFacts, binding: MomentBinding | null = null): StepKind {
  const story = facts.events.some(isStoryEvent);
  const bound = binding !== null && facts.step <= binding.boundUntil;
  if (bound && binding.boundSteps.includes(facts.step)) return 'moment';
  if (facts.routine && !story) return 'routine';
  if (bound) return 'plain';
  return story ? 'moment' : 'plain';
}

export const isRoutineStep = (facts: StepFacts, binding: MomentBinding | null = null) => classifyStep(facts, binding) === 'routine';
export const isMomentStep = (facts: StepFacts, binding: MomentBinding | null = null) => classifyStep(facts, binding) === 'moment';

/** Groups events by step, for callers that hold a run's events as one list. */
export function eventsByStep(events: readonly SimEvent[]): Map<number, SimEvent[]> {
  const byStep = new Map<number, SimEvent[]>();
  for (const e of events) {
    const list = byStep.get(e.step);
    if (list) list.push(e);
    else byStep.set(e.step, [e]);
  }
  return byStep;
}

/** Every moment of a played run, in step order (a run's rows are steps 1..n). */
export function momentSteps(rows: readonly { step: number; routine?: boolean }[], events: readonly SimEvent[], binding: MomentBinding | null = null): number[] {
  const byStep = eventsByStep(events);
  return rows.filter((r) => isMomentStep({ step: r.step, routine: r.routine === true, events: byStep.get(r.step) ?? [] }, binding)).map((r) => r.step);
}
