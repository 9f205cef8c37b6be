// Narration generated from the engine's events, in the lessons' voice, for the moments no lesson
// narrates: a teacher's own scenario, and everything after an intervention. Each sentence is true
// of any run in which its event happens; it says what happened and what follows from it by Kafka's
// rules, never guesses at a cause the events do not show.
import type { ClusterView, SimEvent } from '../engine/view.types';
import { isStoryEvent } from './moments';

export interface NarrateContext {
  /** The cluster after the step (for a record's value, a partition's leader and ISR). */
  view?: ClusterView | null;
  /** broker.session.timeout.ms of the scenario. */
  brokerSessionTimeoutMs?: number;
}

type Template = (e: SimEvent, ctx: NarrateContext) => string;

const tp = (e: SimEvent) => `${e.topic}-${e.partition}`;
const seconds = (ms: number) => `${Number((ms / 1000).toFixed(1))} s`;

function partitionOf(e: SimEvent, ctx: NarrateContext) {
  return ctx.view?.partitions.find((p) => p.topic === e.topic && p.partition === e.partition);
}

function sentValue(e: SimEvent, ctx: NarrateContext): string {
  const index = Number(e.detail?.replace('#', ''));
  const send = ctx.view?.producers.find((p) => p.id === e.producer)?.sends.find((s) => s.index === index);
  return send ? `'${send.value}'` : 'a record';
}

function leaderWords(e: SimEvent, ctx: NarrateContext): string {
  const leader = partitionOf(e, ctx)?.leader;
  return leader === null || leader === undefined ? `the leader of ${tp(e)}` : `broker ${leader}, the leader of ${tp(e)}`;
}

function appendedWords(e: SimEvent, ctx: NarrateContext): string {
  const isr = partitionOf(e, ctx)?.isr ?? [];
  const tail = isr.length > 1 ? 'Stored is not yet committed: the followers still have to fetch it.' : 'It is the only in-sync replica, so nobody else has to copy it.';
  return `Broker ${e.broker} appends the record at offset ${e.offset} of ${tp(e)}. ${tail}`;
}

const TEMPLATES: Record<string, Template> = {
  RecordSent: (e, ctx) => `${e.producer} sends ${sentValue(e, ctx)}: it travels to ${leaderWords(e, ctx)}.`,
  RecordAppended: appendedWords,
  HighWatermarkAdvanced: (e) => `The high watermark of ${tp(e)} moves to ${e.offset}: every in-sync replica has the records below it, so they are committed and consumers may read them.`,
  ProduceAcked: (e) => `The acknowledgement reaches ${e.producer}: offset ${e.offset} of ${tp(e)}. Only now is the send confirmed.`,
  ProduceFailed: (e) => `${e.producer} gives up on its batch for ${tp(e)} (${e.detail}): the record was never acknowledged.`,
  RecordsPolled: (e) => `poll() hands ${e.consumer} ${e.detail ?? 'records'} of ${tp(e)}, from offset ${e.offset}.`,
  OffsetsCommitted: (e) => `${e.consumer} commits offset ${e.offset} of ${tp(e)}: the next offset its group would read after a restart.`,
  OffsetCommitFailed: (e) => `${e.consumer}'s commit fails (${e.detail}): after a restart the group would read some records again.`,
  LeaderElected: (e) => `The controller elects broker ${e.broker} leader of ${tp(e)} (${e.detail} election) and bumps the leader epoch; clients find the new leader through metadata.`,
  PartitionOffline: (e) => `${tp(e)} has no leader: no in-sync replica is alive and unclean election is off, so nobody can write to it or read from it.`,
  IsrShrunk: (e) => `A follower of ${tp(e)} fell behind for longer than replica.lag.time.max.ms, so the leader drops it: the ISR is now ${e.detail}.`,
  IsrExpanded: (e) => `A follower of ${tp(e)} has caught up with the leader and rejoins the ISR: now ${e.detail}.`,
  IsrChanged: (e) => `The controller changes the ISR of ${tp(e)} to ${e.detail}.`,
  BrokerCrashed: (e, ctx) =>
    `Broker ${e.broker} stopped answering. The controller will fence it when its session expires in ${seconds(ctx.brokerSessionTimeoutMs ?? 9000)}; until then producers keep trying it.`,
  BrokerRestarted: (e) => `Broker ${e.broker} comes back with the log it had on disk; it registers with the controller and catches up from the leaders.`,
  BrokerFenced: (e) => `No heartbeat from broker ${e.broker} for broker.session.timeout.ms: the controller fences it, and the partitions it led need a new leader.`,
  BrokerUnfenced: (e) => `The controller unfences broker ${e.broker}: it can lead partitions and serve clients again.`,
  NodeIsolated: (e) => `${e.detail} is cut off from everyone: it keeps running, but nothing it sends arrives.`,
  LinkCut: (e) => `The link between ${e.detail?.split('|').join(' and ')} is cut: messages between them are lost.`,
  NetworkHealed: () => 'The network heals. Lost messages stay lost: requests recover by timeouts and retries.',
  ConsumerStarted: (e) => `Consumer ${e.consumer} starts and joins the group '${e.detail}'.`,
  ConsumerStopped: (e) => `Consumer ${e.consumer} leaves the group '${e.detail}' cleanly: its partitions go to the others at the next rebalance.`,
  ConsumerCrashed: (e) =>
    `Consumer ${e.consumer} crashes without a word. The group coordinator notices only when its session times out; its partitions wait until then.`,
  ConsumerError: (e) => `Consumer ${e.consumer} hits ${e.detail} on ${tp(e)}.`,
  MemberExpired: (e) => `The group coordinator heard nothing from ${e.consumer} within session.timeout.ms and removes it from the group.`,
  MemberLeft: (e) => `${e.consumer} leaves its group.`,
  RebalanceStarted: (e) => `A rebalance begins (${e.detail}): every member must rejoin before partitions are handed out again.`,
  RebalanceCompleted: (e) => `The rebalance completes (${e.detail}): every partition has one owner in the group.`,
  PartitionsAssigned: (e) => `${e.consumer} is assigned ${e.detail?.replace(/^generation \d+: /, '') || 'no partitions'}.`,
  PartitionsRevoked: (e) => `${e.consumer} gives up ${e.detail}.`,
  PartitionsLost: (e) => `${e.consumer} lost ${e.detail}: its generation is over.`,
  PositionReset: (e) => `${e.consumer} has no committed offset for ${tp(e)}, so auto.offset.reset (${e.detail}) starts it at offset ${e.offset}.`,
  OffsetOutOfRange: (e) => `${e.consumer}'s position on ${tp(e)} is outside the log.`,
  LogTruncated: (e) => `Broker ${e.broker} truncates its log of ${tp(e)} to offset ${e.offset} (${e.detail}) to match the leader.`,
  LogTruncationDetected: (e) => `${e.consumer} sees that ${tp(e)} was truncated under its position.`,
  SegmentsDeleted: (e) => `Retention deletes old segments of ${tp(e)}: the log now starts at offset ${e.offset}, read or not.`,
  PartitionsAdded: (e) => `${e.topic} gets more partitions: keys may now map to other partitions.`,
};

/** One sentence for an event, or null for events that are not part of the story. */
export function narrateEvent(event: SimEvent, ctx: NarrateContext = {}): string | null {
  if (!isStoryEvent(event)) return null;
  const template = TEMPLATES[event.type];
  return template ? template(event, ctx) : null;
}

/** At most this many sentences a moment: a class reads it aloud. */
export const MAX_SENTENCES = 3;

/**
 * The narration of one moment: a sentence for the first event of each kind, in event order
 * (a fetch that returns records from three partitions is told once).
 */
export function narrateMoment(events: readonly SimEvent[], ctx: NarrateContext = {}): string | null {
  const told = new Set<string>();
  const sentences: string[] = [];
  for (const e of events) {
    if (told.has(e.type)) continue;
    const sentence = narrateEvent(e, ctx);
    if (!sentence) continue;
    told.add(e.type);
    sentences.push(sentence);
    if (sentences.length === MAX_SENTENCES) break;
  }
  return sentences.length > 0 ? sentences.join(' ') : null;
}
