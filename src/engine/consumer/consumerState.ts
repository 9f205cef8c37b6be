// The read side's state: making and finding consumers and groups, and the words rows use for
// them. The types live at the bottom of the engine, in core/consumerGroupState.ts.
import { CowArray } from '../core/cowArray';
import { findByKey } from '../core/findByKey';
import type { SimState, Tp } from '../core/state';
import { tpKey } from '../core/state';
import type { ConsumerSpec } from '../../scenario/types';
import type { TopicPartitionRef } from '../view.types';
import type { ConsumerState, GroupState } from '../core/consumerGroupState';

export type { ConsumerTimerKind } from '../core/events';
export type { AppLoop, ClientRequest, CommitPurpose, CompletedFetch, ConsumerState, FetchState, GroupMember, GroupState, GroupStateName, MemberState, ReceivedRecord, StoredGroup, TopicPartitionState } from '../core/consumerGroupState';

export function findConsumer(state: SimState, id: string): ConsumerState {
  const c = state.consumers.find((x) => x.id === id);
  if (!c) throw new Error(`unknown consumer ${id}`);
  return c;
}

const specId = (spec: ConsumerSpec) => spec.id;

/** Asked several times a poll: found through an index of the (frozen) scenario, like producers' specs. */
export function consumerSpec(state: SimState, id: string): ConsumerSpec {
  const spec = findByKey(state.scenario.consumers, id, specId);
  if (!spec) throw new Error(`unknown consumer ${id}`);
  return spec;
}

export function tpOf(ref: TopicPartitionRef): Tp {
  return tpKey(ref.topic, ref.partition);
}

export function parseTp(tp: Tp): TopicPartitionRef {
  const i = tp.lastIndexOf('-');
  return { topic: tp.slice(0, i), partition: Number(tp.slice(i + 1)) };
}

export function newConsumer(id: string, groupId: string): ConsumerState {
  return {
    id, groupId, life: 'stopped', incarnation: 0,
    coordinator: null, memberId: '', generation: -1, memberState: 'UNJOINED', lastHeartbeatAnswerMs: 0, rejoinReason: null, protocol: null,
    isLeader: false, assignmentSnapshot: null, assignment: [], previousAssignment: { partitions: [], generation: -1 },
    joinPrepareCommit: null, pendingRevocation: false,
    metadata: {}, partitionCounts: {}, metadataNeeded: true, nextBroker: 0, backoffUntilMs: {}, connectFailures: {}, positions: {}, completedFetches: [], inFlight: new Map(),
    app: { phase: 'polling', pollStartedMs: 0, batchSize: 0, afterCommit: null }, lastPollMs: 0, nextAutoCommitMs: 0,
    lastPolled: {}, received: new CowArray(), error: null,
  };
}

export function newGroup(groupId: string): GroupState {
  return {
    groupId, hostedOn: null, state: 'Empty', previousState: 'Empty', generation: 0, protocol: null, leader: null,
    members: [], pendingSync: [], newMemberAdded: false, initialJoin: null, committed: {},
    stored: { generation: 0, protocol: null, leader: null, members: [] },
  };
}

/** "offset 3" or "offsets 3–5". */
export function offsetRange(first: number, last: number): string {
  return first === last ? `offset ${first}` : `offsets ${first}–${last}`;
}

export function tpList(refs: readonly TopicPartitionRef[]): string {
  return refs.length === 0 ? 'none' : refs.map((r) => tpKey(r.topic, r.partition)).join(', ');
}
