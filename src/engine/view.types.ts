// What the engine shows the world: execution-table rows, structured events, and a read-only view
// of the cluster at the current step. The runner's JSON (spec §4) is derived from ClusterView.

/** One execution-table row; written for a student. */
export interface StepRow {
  step: number; // 1-based
  timeMs: number;
  component: string; // "Producer p1", "Broker 2", "Controller", "Consumer c1", "Network", "Script"
  action: string;
  messageState: string;
  output: string;
  /** Heartbeats, idle fetches, empty polls: the UI may hide these and step over them. */
  routine?: boolean;
}

/** Past-tense structured events (RecordAppended, HighWatermarkAdvanced, LeaderElected …), a union by
 * type; lessons bind narration to these, not to step numbers. */
export type { SimEvent, SimEventInput, SimEventOf, SimEventType } from './simEvents';

export interface RecordView {
  offset: number;
  key: string | null;
  value: string;
  leaderEpoch: number;
  /** Which send wrote it: given for a record in focus, whose send may be older than the sends a long run keeps. */
  sentBy?: { producer: string; index: number };
}

export interface ReplicaView {
  broker: number;
  logStartOffset: number;
  logEndOffset: number;
  highWatermark: number;
  records: RecordView[];
  epochCache: [number, number][]; // (epoch, startOffset)
}

export interface PartitionView {
  topic: string;
  partition: number;
  replicas: number[];
  leader: number | null;
  leaderEpoch: number;
  isr: number[];
  highWatermark: number; // the leader's (or the last leader's while offline)
  replicaLogs: ReplicaView[]; // one per assigned replica, in assignment order
}

export interface BrokerView {
  id: number;
  status: 'up' | 'down';
  isolated: boolean;
  fenced: boolean;
  brokerEpoch: number;
  leaderOf: string[]; // "orders-0"
}

export type SendStatus = 'acked' | 'failed' | 'pending';

export interface SendView {
  index: number;
  topic: string;
  key: string | null;
  value: string;
  status: SendStatus;
  partition: number | null;
  offset: number | null;
  error: string | null;
  attempts: number;
}

export interface ProducerView {
  id: string;
  acks: string;
  idempotent: boolean;
  producerId: number | null;
  /** All sends, or under a ViewWindow the newest ones and those in focus (`index` says which). */
  sends: SendView[];
  /** Over every send made, whatever the window kept (absent in hand-built views). */
  sendCounts?: SendCounts;
}

export interface SendCounts {
  total: number;
  acked: number;
  pending: number;
  failed: number;
}

export interface TopicPartitionRef {
  topic: string;
  partition: number;
}

export interface ReceivedView extends TopicPartitionRef {
  offset: number;
  key: string | null;
  value: string;
  atMs: number;
}

export interface ConsumerView {
  // committed, lag, memberId, generation and coordinator are optional only so that hand-built views
  // (UI tests) stay valid; the engine always fills them in.
  id: string;
  groupId: string;
  /** idle = running with no partitions assigned (still joining, or more members than partitions). */
  status: 'running' | 'stopped' | 'crashed' | 'idle';
  assignment: TopicPartitionRef[];
  /** Next offset poll() returns, for assigned partitions whose position is known. */
  positions: (TopicPartitionRef & { offset: number })[];
  /** The group's committed offset of each assigned partition (null: none yet). */
  committed?: (TopicPartitionRef & { offset: number | null })[];
  /** HW − committed per assigned partition; null ("-") without a commit. */
  lag?: (TopicPartitionRef & { lag: number | null })[];
  memberId?: string | null;
  generation?: number;
  /** The broker the client believes coordinates its group. */
  coordinator?: number | null;
  /** All records processed, or under a ViewWindow the newest ones and those in focus. */
  received: ReceivedView[];
  /** Records processed in all, whatever the window kept (absent in hand-built views). */
  receivedCount?: number;
  error: string | null;
}

export interface GroupView {
  groupId: string;
  generation: number;
  coordinator: number | null;
  protocol: string;
  state: string; // Empty | PreparingRebalance | CompletingRebalance | Stable
  leader: string | null; // member id of the group leader
  members: { id: string; memberId: string; assignment: TopicPartitionRef[] }[]; // id = the consumer (client id)
  committed: (TopicPartitionRef & { offset: number })[];
  lag: (TopicPartitionRef & { lag: number | null })[];
}

export interface AnomalyView {
  kind: 'lost-write' | 'duplicate' | 'inconsistent-offsets' | 'reordered' | 'poll-skip' | 'nonmonotonic-poll';
  step: number;
  detail: string;
}

/** A message on the wire, for the diagram to animate from sentAtMs to deliverAtMs. */
export interface InFlightView {
  id: number;
  from: string; // node name: broker-1, controller, p1, c1
  to: string;
  kind: string; // ProduceRequest, FetchResponse …
  label: string;
  /** The record(s) it carries, in words ("'order-3'", "k1='v' +2 more"), or the ack's offset. */
  carries?: string;
  sentAtMs: number;
  deliverAtMs: number;
}

export interface ClusterView {
  title: string;
  seed: number;
  step: number;
  timeMs: number;
  metadataMode: 'kraft' | 'zookeeper';
  controller: { node: string; activeBroker: number | null };
  brokers: BrokerView[];
  partitions: PartitionView[];
  producers: ProducerView[];
  consumers: ConsumerView[];
  groups: GroupView[];
  network: { isolated: string[]; cutLinks: [string, string][] };
  inFlight: InFlightView[];
  anomalies: AnomalyView[];
  invariantViolations: string[];
}
