// The steps that change the story (spec/ui-surface.md, "Story navigation"): a record appended,
// replicated, acknowledged or failed, polled, committed; a leader elected; an ISR changed; a broker
// or consumer crashed, fenced or back; a rebalance. Compare reads both runs' state at these steps.
import type { SimEvent } from '../../engine/view.types';

const STORY_EVENTS = new Set([
  'RecordAppended', 'RecordReplicated', 'HighWatermarkAdvanced', 'ProduceAcked', 'ProduceFailed',
  'RecordsPolled', 'OffsetsCommitted', 'PositionSet', 'PositionReset',
  'BrokerCrashed', 'BrokerFenced', 'BrokerRestarted', 'BrokerUnfenced', 'ControllerElected',
  'LeaderElected', 'PartitionOffline', 'IsrShrunk', 'IsrExpanded', 'IsrChanged', 'LogTruncated',
  'ConsumerCrashed', 'ConsumerStopped', 'RebalanceStarted', 'RebalanceCompleted', 'PartitionsAssigned', 'PartitionsRevoked',
  'SegmentsDeleted',
]);

/** Steps with at least one story event, in order, each once. */
export function storyMomentSteps(events: readonly SimEvent[]): number[] {
  const steps: number[] = [];
  for (const e of events) if (STORY_EVENTS.has(e.type) && steps[steps.length - 1] !== e.step) steps.push(e.step);
  return steps;
}
