// What the diagram highlights at a step: the component that acted (its row's Component) and every
// broker, replica, record, producer and consumer whose shown state the step changed. Told by the
// step's events, and, when the view before the step is at hand (one step forward), by comparing
// the two views, which also catches what changes without an event of its own (a follower's high
// watermark arriving with a fetch response, a producer's counts).
import type { ClusterView, SimEvent } from '../engine/view.types';

export interface StepHighlights {
  /** Diagram node of the component that acted: "broker-2", "controller", a producer or consumer id. */
  acting: string | null;
  brokers: Set<number>;
  /** `${topic}-${partition}@${broker}` */
  replicas: Set<string>;
  /** `${topic}-${partition}@${broker}:${offset}` */
  records: Set<string>;
  producers: Set<string>;
  consumers: Set<string>;
}

export const replicaKey = (topic: string, partition: number, broker: number) => `${topic}-${partition}@${broker}`;
export const recordKey = (topic: string, partition: number, broker: number, offset: number) => `${replicaKey(topic, partition, broker)}:${offset}`;

/** The diagram node of an execution-table Component. */
export function actingNode(component: string | null | undefined): string | null {
  if (!component) return null;
  if (component.startsWith('Controller')) return 'controller';
  const broker = /^(?:Broker |Group coordinator \(broker )(\d+)/.exec(component);
  if (broker) return `broker-${broker[1]}`;
  const client = /^(?:Producer|Consumer) (\S+)$/.exec(component);
  return client ? client[1] : null;
}

export function emptyHighlights(acting: string | null = null): StepHighlights {
  return { acting, brokers: new Set(), replicas: new Set(), records: new Set(), producers: new Set(), consumers: new Set() };
}

const PARTITION_WIDE = new Set(['LeaderElected', 'PartitionOffline', 'IsrShrunk', 'IsrExpanded', 'IsrChanged']);
const BROKER_EVENTS = new Set(['BrokerCrashed', 'BrokerRestarted', 'BrokerFenced', 'BrokerUnfenced']);

function addEvent(h: StepHighlights, e: SimEvent, view: ClusterView): void {
  const { topic, partition, broker } = e;
  const hasTp = topic !== undefined && partition !== undefined;
  if (BROKER_EVENTS.has(e.type) && broker !== undefined) h.brokers.add(broker);
  if (e.type === 'NodeIsolated' && e.detail) {
    const id = /^broker-(\d+)$/.exec(e.detail);
    if (id) h.brokers.add(Number(id[1]));
  }
  if (hasTp && PARTITION_WIDE.has(e.type)) {
    const p = view.partitions.find((x) => x.topic === topic && x.partition === partition);
    for (const b of p?.replicas ?? []) h.replicas.add(replicaKey(topic, partition, b));
  } else if (hasTp && broker !== undefined && e.consumer === undefined) {
    h.replicas.add(replicaKey(topic, partition, broker));
    if ((e.type === 'RecordAppended' || e.type === 'RecordReplicated') && e.offset !== undefined) h.records.add(recordKey(topic, partition, broker, e.offset));
  }
  if (e.producer !== undefined && e.type !== 'RecordAppended') h.producers.add(e.producer);
  if (e.consumer !== undefined) h.consumers.add(e.consumer);
}

function addViewChanges(h: StepHighlights, before: ClusterView, after: ClusterView): void {
  for (const b of after.brokers) {
    const old = before.brokers.find((x) => x.id === b.id);
    if (old && (old.status !== b.status || old.isolated !== b.isolated || old.fenced !== b.fenced)) h.brokers.add(b.id);
  }
  for (const p of after.partitions) {
    const oldP = before.partitions.find((x) => x.topic === p.topic && x.partition === p.partition);
    if (!oldP) continue;
    for (const r of p.replicaLogs) {
      const old = oldP.replicaLogs.find((x) => x.broker === r.broker);
      const moved = !old || old.logEndOffset !== r.logEndOffset || old.highWatermark !== r.highWatermark || old.logStartOffset !== r.logStartOffset;
      if (moved || oldP.leader !== p.leader || oldP.isr.join() !== p.isr.join()) h.replicas.add(replicaKey(p.topic, p.partition, r.broker));
      for (let o = old?.logEndOffset ?? r.logStartOffset; o < r.logEndOffset; o++) h.records.add(recordKey(p.topic, p.partition, r.broker, o));
    }
  }
  for (const p of after.producers) {
    const old = before.producers.find((x) => x.id === p.id);
    const counts = (x: typeof p) => JSON.stringify(x.sendCounts ?? x.sends.map((s) => s.status));
    if (old && counts(old) !== counts(p)) h.producers.add(p.id);
  }
  for (const c of after.consumers) {
    const old = before.consumers.find((x) => x.id === c.id);
    const shown = (x: typeof c) => JSON.stringify([x.status, x.assignment, x.positions, x.committed ?? null]);
    if (old && shown(old) !== shown(c)) h.consumers.add(c.id);
  }
}

/**
 * The highlights of the step `view` shows. `before` is the view one step earlier, when known; a
 * jump (a seek, Next moment) has only the step's own events.
 */
export function stepHighlights(component: string | null, events: readonly SimEvent[], view: ClusterView, before: ClusterView | null = null): StepHighlights {
  const h = emptyHighlights(actingNode(component));
  for (const e of events) if (e.step === view.step) addEvent(h, e, view);
  if (before && before.step === view.step - 1) addViewChanges(h, before, view);
  return h;
}
