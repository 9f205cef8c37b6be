// What the UI and the runner see of consumers and groups. Lag is kafka-consumer-groups' LAG:
// the partition's high watermark minus the group's committed offset, "-" (null) without a commit.
import type { SimState, Tp } from '../core/state';
import type { ConsumerView, GroupView, ReceivedView, TopicPartitionRef } from '../view.types';
import { keptIndexes, type RecordRef } from '../viewWindow';
import { type ConsumerState, type GroupState, parseTp, tpOf } from './consumerState';
import { coordinatorOf } from './coordinatorPlacement';
import { receivedAt, receivedIndexesOf, receivedItems, receivedLength } from './receivedRecords';

/** ListOffsets(latest): the leader's HW (the last leader's while the partition is offline). */
function highWatermark(state: SimState, tp: Tp): number {
  const meta = state.controller.partitions[tp];
  if (!meta) return 0;
  if (meta.leader !== null) return state.brokers[meta.leader - 1].replicas[tp]?.highWatermark ?? 0;
  return Math.max(0, ...meta.replicas.map((id) => state.brokers[id - 1].replicas[tp]?.highWatermark ?? 0));
}

function lagOf(state: SimState, g: GroupState | undefined, ref: TopicPartitionRef): number | null {
  const committed = g?.committed[tpOf(ref)];
  return committed ? Math.max(0, highWatermark(state, tpOf(ref)) - committed.offset) : null;
}

function status(c: ConsumerState): ConsumerView['status'] {
  if (c.life === 'running') return c.assignment.length > 0 ? 'running' : 'idle';
  return c.life === 'closing' ? 'stopped' : c.life;
}

/** The newest `tail` received records, plus older ones in focus; all of them without a ViewWindow. */
function received(c: ConsumerState, scope: ReceivedWindow | undefined): ReceivedView[] {
  if (!scope) return receivedItems(c.received);
  const wanted = receivedIndexesOf(c.received, scope.focus.map((f) => ({ tp: tpOf(f), offset: f.offset })));
  return keptIndexes(receivedLength(c.received), scope.tail, wanted).flatMap((i) => {
    const r = receivedAt(c.received, i);
    return r ? [r] : [];
  });
}

function consumerView(state: SimState, c: ConsumerState, scope: ReceivedWindow | undefined): ConsumerView {
  const g = state.groups[c.groupId];
  const positions = c.assignment
    .filter((r) => {
      const s = c.positions[tpOf(r)]?.fetchState;
      return s === 'FETCHING' || s === 'AWAIT_VALIDATION';
    })
    .map((r) => ({ topic: r.topic, partition: r.partition, offset: c.positions[tpOf(r)].offset }));
  return {
    id: c.id, groupId: c.groupId, status: status(c), assignment: c.assignment.map((r) => ({ topic: r.topic, partition: r.partition })),
    positions,
    committed: c.assignment.map((r) => ({ topic: r.topic, partition: r.partition, offset: g?.committed[tpOf(r)]?.offset ?? null })),
    lag: c.assignment.map((r) => ({ topic: r.topic, partition: r.partition, lag: lagOf(state, g, r) })),
    memberId: c.memberId === '' ? null : c.memberId, generation: c.generation, coordinator: c.coordinator,
    received: received(c, scope), receivedCount: receivedLength(c.received), error: c.error,
  };
}

export interface ReceivedWindow {
  tail: number;
  focus: RecordRef[];
}

export function buildConsumerViews(state: SimState, scope?: ReceivedWindow): ConsumerView[] {
  return state.consumers.map((c) => consumerView(state, c, scope));
}

function byTopicPartition(a: TopicPartitionRef, b: TopicPartitionRef): number {
  return a.topic < b.topic ? -1 : a.topic > b.topic ? 1 : a.partition - b.partition;
}

/** Every partition of the topics the group's consumers subscribe to, plus any it committed. */
function groupPartitions(state: SimState, g: GroupState): TopicPartitionRef[] {
  const topics = new Set(state.scenario.consumers.filter((c) => c.groupId === g.groupId).flatMap((c) => c.topics));
  const seen = new Set<string>();
  const out: TopicPartitionRef[] = [];
  const add = (ref: TopicPartitionRef) => {
    if (seen.has(tpOf(ref))) return;
    seen.add(tpOf(ref));
    out.push(ref);
  };
  for (const t of state.topics) if (topics.has(t.name)) for (let p = 0; p < t.partitions; p++) add({ topic: t.name, partition: p });
  for (const tp of Object.keys(g.committed)) add(parseTp(tp));
  return out.sort(byTopicPartition);
}

export function buildGroupViews(state: SimState): GroupView[] {
  return Object.values(state.groups).map((g) => ({
    groupId: g.groupId, generation: g.generation, coordinator: coordinatorOf(state, g.groupId), protocol: g.protocol ?? '', state: g.state, leader: g.leader,
    members: g.members.map((m) => ({ id: m.clientId, memberId: m.memberId, assignment: m.assignment.map((r) => ({ topic: r.topic, partition: r.partition })) })),
    committed: Object.entries(g.committed)
      .map(([tp, c]) => ({ ...parseTp(tp), offset: c.offset }))
      .sort(byTopicPartition),
    lag: groupPartitions(state, g).map((ref) => ({ topic: ref.topic, partition: ref.partition, lag: lagOf(state, g, ref) })),
  }));
}
