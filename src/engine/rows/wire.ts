// Rows of the read side's wire events (wireRowEvents.ts): the reads a broker serves (broker/leaderFetch.ts,
// fetchPurgatory.ts, metadata.ts, offsetRequests.ts, consumer/findCoordinator.ts), the controller's
// metadata push applied, and what a consumer drops or is in no state to do.
import type { RowText } from '../core/context';
import { tpKey } from '../core/state';
import { fmtList } from '../broker/config';
import type { EngineEventOf } from '../rowEvents';
import type { ConsumerMessageDropReason, ConsumerRequestIgnored, FetchedPartition, RoleChange } from '../wireRowEvents';
import type { RowRenderers } from './renderer';

const tpOf = (p: { topic: string; partition: number }) => tpKey(p.topic, p.partition);

/** "3 record(s) of t-0 (offsets 4–6), HW 7; t-1: nothing new (HW 2)": what a consumer was sent. */
export function describeConsumerAnswers(partitions: readonly FetchedPartition[]): string {
  return partitions
    .map((a) => {
      if (a.error) return `${tpOf(a)}: ${a.error}`;
      if (a.records === 0) return `${tpOf(a)}: nothing new (HW ${a.highWatermark})`;
      const range = a.firstOffset === a.lastOffset ? `offset ${a.firstOffset}` : `offsets ${a.firstOffset}–${a.lastOffset}`;
      return `${a.records} record(s) of ${tpOf(a)} (${range}), HW ${a.highWatermark}`;
    })
    .join('; ');
}

function broker(e: { broker: number }, action: string, messageState: string, output: string, routine?: true): RowText {
  return routine ? { component: `Broker ${e.broker}`, action, messageState, output, routine } : { component: `Broker ${e.broker}`, action, messageState, output };
}

function roleText(c: RoleChange): string {
  const tp = tpOf(c);
  if (c.role === 'leader') return `leads ${tp} (epoch ${c.leaderEpoch}, ISR ${fmtList(c.isr)}, LEO ${c.logEndOffset}, HW ${c.highWatermark})`;
  return c.leader === null ? `${tp} is offline (no leader)` : `follows broker ${c.leader} for ${tp} (epoch ${c.leaderEpoch})`;
}

function followerFetchRow(e: EngineEventOf<'FollowerFetchReceived'>): RowText {
  const action = `Received fetch from broker ${e.follower} (${e.partitions.map((p) => `${tpOf(p)}@${p.fetchOffset}`).join(', ')})`;
  const notes = e.progress.flatMap((p) => [
    ...(p.isrProposed ? [`broker ${e.follower} caught up on ${tpOf(p)}: asked the controller to grow the ISR to ${fmtList(p.isrProposed)}`] : []),
    ...(p.highWatermark ? [`${tpOf(p)} HW ${p.highWatermark.from}→${p.highWatermark.to}`] : []),
  ]);
  if (e.held) {
    const output = notes.length > 0 ? `${notes.join('; ')}; holding the fetch up to ${e.maxWaitMs} ms for new records` : `Nothing new: holding the fetch up to ${e.maxWaitMs} ms`;
    return notes.length === 0 ? broker(e, action, `Broker ${e.follower} is caught up`, output, true) : broker(e, action, `Broker ${e.follower} is caught up`, output);
  }
  const sent = e.partitions.filter((p) => p.records > 0).map((p) => `sent ${p.records} record(s) of ${tpOf(p)} from offset ${p.firstOffset}`);
  const problems = e.partitions.filter((p) => p.error || p.diverging).map((p) => `${tpOf(p)}: ${p.error ?? `diverging epoch ${p.diverging?.epoch} ends at ${p.diverging?.endOffset}`}`);
  return broker(e, action, sent.length > 0 ? 'Records on their way to the follower' : 'Follower must fix its log first', [...notes, ...sent, ...problems].join('; '));
}

const DROPPED: Record<ConsumerMessageDropReason, (e: EngineEventOf<'ConsumerMessageDropped'>) => Omit<RowText, 'component'>> = {
  stopped: (e) => ({ action: `${e.message} from ${e.from} arrived`, messageState: 'The consumer is stopped', output: 'Dropped' }),
  crashed: (e) => ({ action: `${e.message} from ${e.from} arrived`, messageState: 'The consumer is crashed', output: 'Dropped' }),
  nothingWaiting: (e) => ({ action: `Connection to ${e.from} closed`, messageState: 'Nothing was waiting on it', output: 'No change' }),
  late: (e) => ({ action: `Late ${e.message} from ${e.from}`, messageState: 'It had already given up on that request', output: 'Ignored' }),
  closing: (e) => ({ action: `${e.message} from ${e.from} arrived`, messageState: 'Closing', output: 'Ignored' }),
};

const IGNORED: Record<ConsumerRequestIgnored['request'], (life: string) => [string, string]> = {
  start: () => ['Start requested', 'Already running'],
  stop: (life) => ['Stop requested', `Already ${life}`],
  crash: (life) => ['Crash requested', `Already ${life}`],
  commit: (life) => ['commitSync requested', `It is ${life}`],
};

export const wireRows: RowRenderers = {
  ConsumerRequestIgnored: (e) => {
    const [action, messageState] = IGNORED[e.request](e.life);
    return { component: `Consumer ${e.consumer}`, action, messageState, output: 'No change' };
  },
  ConsumerMessageDropped: (e) => ({ component: `Consumer ${e.consumer}`, ...DROPPED[e.reason](e), routine: true }),
  FollowerFetchReceived: followerFetchRow,
  MetadataApplied: (e) => {
    const action = `Applied metadata from the controller (${e.reason})`;
    if (e.changes.length === 0) return broker(e, action, 'Metadata cache updated', 'No change to its own replicas', true);
    return broker(e, action, 'Role changed', `Now ${e.changes.map(roleText).join('; ')}`);
  },
  StaleMetadataIgnored: (e) => broker(e, `Ignored stale metadata (offset ${e.offset}; it has ${e.had})`, 'Metadata cache unchanged', 'No change', true),
  ConsumerFetchReceived: (e) => {
    const action = `Received fetch from consumer ${e.consumer} (${e.partitions.map((p) => `${tpOf(p)}@${p.fetchOffset}`).join(', ')})`;
    if (e.held) return broker(e, action, 'Nothing committed past those offsets yet', `Holding the fetch up to fetch.max.wait.ms (${e.maxWaitMs} ms)`, true);
    return broker(e, action, 'Only records below the high watermark are returned', `Sent ${describeConsumerAnswers(e.partitions)}`);
  },
  FetchWaitEnded: (e) =>
    e.replicaId < 0
      ? broker(e, `Answered the held fetch from consumer ${e.from} after fetch.max.wait.ms`, 'No new committed records', describeConsumerAnswers(e.partitions), true)
      : broker(e, `Answered the held fetch from ${e.from} after replica.fetch.wait.max.ms`, 'No new records', 'Empty fetch response (carries the current HW)', true),
  MetadataAnswered: (e) => {
    const leaders = e.leaders.map((m) => `${tpOf(m)}→${m.leader ?? 'none'}`).join(', ');
    return broker(e, `Answered a metadata request from ${e.fromConsumer ? 'consumer ' : ''}${e.client}`, 'From its metadata cache', leaders ? `Leaders: ${leaders}` : 'It knows no partitions yet');
  },
  ListOffsetsAnswered: (e) =>
    broker(e, `Answered ListOffsets from consumer ${e.consumer}`, 'earliest = log start offset, latest = high watermark', e.partitions.map((p) => `${tpOf(p)} ${p.timestamp} = ${p.error ?? p.offset}`).join('; ')),
  OffsetsForLeaderEpochAnswered: (e) =>
    broker(e, `Answered OffsetsForLeaderEpoch from consumer ${e.consumer}`, 'From its leader-epoch cache', e.partitions.map((p) => `${tpOf(p)}: epoch ${p.leaderEpoch} ends at ${p.error ?? p.endOffset}`).join('; ')),
  FindCoordinatorAnswered: (e) =>
    broker(
      e,
      `Consumer ${e.consumer} asked who coordinates group ${e.groupId}`,
      `The leader of __consumer_offsets partition ${e.offsetsPartition} coordinates it`,
      e.coordinator === null ? 'COORDINATOR_NOT_AVAILABLE: no broker of that partition is up' : `Broker ${e.coordinator}`,
    ),
};
