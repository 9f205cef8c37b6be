// From the engine's view to the layout's input: who is drawn where, independent of pixels.
import type { ClusterView } from '../../engine/view.types';
import type { LayoutInput } from './layout';

export function layoutInputOf(view: ClusterView, width: number, height: number): LayoutInput {
  const replicas = new Map<number, { topic: string; partition: number }[]>();
  for (const b of view.brokers) replicas.set(b.id, []);
  for (const p of view.partitions) {
    for (const r of p.replicaLogs) {
      const list = replicas.get(r.broker) ?? [];
      list.push({ topic: p.topic, partition: p.partition });
      replicas.set(r.broker, list);
    }
  }
  const groupIds: string[] = [];
  for (const g of view.groups) if (!groupIds.includes(g.groupId)) groupIds.push(g.groupId);
  for (const c of view.consumers) if (!groupIds.includes(c.groupId)) groupIds.push(c.groupId);
  return {
    width,
    height,
    brokers: view.brokers.map((b) => b.id),
    replicas,
    producers: view.producers.map((p) => p.id),
    groups: groupIds.map((groupId) => ({
      groupId,
      consumers: view.consumers.filter((c) => c.groupId === groupId).map((c) => ({ id: c.id, rows: c.assignment.length })),
    })),
    zookeeper: view.metadataMode === 'zookeeper',
  };
}

/** A string that is equal for equal inputs: what the diagram's layout is memoized on. */
export function layoutKey(input: LayoutInput): string {
  return JSON.stringify([input.width, input.height, input.brokers, [...input.replicas], input.producers, input.groups, input.zookeeper]);
}
