// Words for the cluster's state: accessible names (spec/ui-surface.md) and the short texts the
// diagram, inspector and status tracker share, so every view says the same thing the same way.
import type {
  BrokerView,
  ClusterView,
  ConsumerView,
  PartitionView,
  ProducerView,
  ReplicaView,
  SendView,
} from '../engine/view.types';
import { sendCounts } from './viewCounts';

export const partitionName = (topic: string, partition: number) => `${topic}-${partition}`;

export function listWords(items: string[]): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}`;
}

export function brokerState(broker: BrokerView): string {
  const parts: string[] = [broker.status];
  if (broker.isolated) parts.push('isolated');
  if (broker.fenced && broker.status === 'up') parts.push('fenced');
  return parts.join(', ');
}

/** "Broker 2, leader of orders-0, up" */
export function brokerLabel(broker: BrokerView, view?: ClusterView): string {
  const leads =
    broker.leaderOf.length === 0
      ? 'leader of no partitions'
      : broker.leaderOf.length <= 4
        ? `leader of ${listWords(broker.leaderOf)}`
        : `leader of ${broker.leaderOf.length} partitions`;
  const controller = view?.controller.activeBroker === broker.id ? ', active controller' : '';
  return `Broker ${broker.id}, ${leads}, ${brokerState(broker)}${controller}`;
}

export type ReplicaRole = 'leader' | 'follower';

export function replicaRole(p: PartitionView, r: ReplicaView): ReplicaRole {
  return p.leader === r.broker ? 'leader' : 'follower';
}

export function inIsr(p: PartitionView, broker: number): boolean {
  return p.isr.includes(broker);
}

/** "orders-0 on broker 2, leader, in ISR, log end offset 3, high watermark 3" */
export function replicaLabel(p: PartitionView, r: ReplicaView, brokerDown = false): string {
  const isr = inIsr(p, r.broker) ? 'in ISR' : 'out of ISR';
  const offline = p.leader === null ? ', partition offline' : '';
  const down = brokerDown ? ', broker down' : '';
  return `${partitionName(p.topic, p.partition)} on broker ${r.broker}, ${replicaRole(p, r)}, ${isr}, log end offset ${r.logEndOffset}, high watermark ${r.highWatermark}${offline}${down}`;
}

export function producerLabel(p: ProducerView): string {
  const { pending, acked, failed } = sendCounts(p);
  return `Producer ${p.id}, acks ${p.acks}, ${acked} acked, ${pending} pending${failed ? `, ${failed} failed` : ''}`;
}

export function consumerLabel(c: ConsumerView): string {
  const reads =
    c.positions.length > 0
      ? `, reads ${listWords(c.positions.map((p) => `${partitionName(p.topic, p.partition)} at offset ${p.offset}`))}`
      : c.assignment.length > 0
        ? `, assigned ${listWords(c.assignment.map((a) => partitionName(a.topic, a.partition)))}`
        : ', no partitions assigned';
  return `Consumer ${c.id}, group ${c.groupId}, ${c.status}${reads}`;
}

export function controllerLabel(view: ClusterView): string {
  if (view.metadataMode === 'zookeeper') {
    const at = view.controller.activeBroker;
    return at === null ? 'Controller, none elected, ZooKeeper mode' : `Controller, on broker ${at}, ZooKeeper mode`;
  }
  const at = view.controller.activeBroker;
  return at === null ? 'Controller, KRaft quorum' : `Controller, KRaft, active on broker ${at}`;
}

export function findPartition(view: ClusterView, topic: string, partition: number): PartitionView | undefined {
  return view.partitions.find((p) => p.topic === topic && p.partition === partition);
}

/** Where a sent record is on its way: the "Message state" a student follows. */
export function sendState(view: ClusterView, send: SendView): string {
  if (send.status === 'failed') return `failed${send.error ? ` (${send.error})` : ''}`;
  if (send.partition === null || send.offset === null || send.offset < 0) {
    return send.status === 'acked' ? 'acked (acks=0, offset unknown)' : 'sent, waiting for the leader';
  }
  const p = findPartition(view, send.topic, send.partition);
  const where = partitionName(send.topic, send.partition);
  if (!p) return `${send.status} at ${where} offset ${send.offset}`;
  const holding = p.replicaLogs.filter((r) => r.logEndOffset > send.offset!).length;
  const read = view.consumers.filter((c) =>
    c.received.some((r) => r.topic === send.topic && r.partition === send.partition && r.offset === send.offset),
  );
  const parts = [`on ${holding} of ${p.replicaLogs.length} replicas of ${where} at offset ${send.offset}`];
  parts.push(p.highWatermark > send.offset ? 'committed (below the high watermark)' : 'not yet committed');
  if (send.status === 'acked') parts.push('acked');
  if (read.length > 0) parts.push(`read by ${listWords(read.map((c) => c.id))}`);
  return parts.join(', ');
}

export function lagOf(view: ClusterView, groupId: string, topic: string, partition: number): number | null {
  const g = view.groups.find((x) => x.groupId === groupId);
  return g?.lag.find((l) => l.topic === topic && l.partition === partition)?.lag ?? null;
}

export function committedOf(view: ClusterView, groupId: string, topic: string, partition: number): number | null {
  const g = view.groups.find((x) => x.groupId === groupId);
  return g?.committed.find((l) => l.topic === topic && l.partition === partition)?.offset ?? null;
}
