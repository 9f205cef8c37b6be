// The read-only picture of the cluster at the current step, for the UI and the runner.
import { logEndOffset } from './broker/replicaLog';
import { checkInvariants } from './check/invariants';
import type { SimState } from './core/state';
import { tpKey } from './core/state';
import { buildGroupViews, buildConsumerViews } from './consumer/consumerView';
import type { BrokerView, ClusterView, InFlightView, PartitionView, ProducerView } from './view.types';

/** A bound on records per replica in the view (the diagram shows the tail of long logs). */
export const MAX_RECORDS_IN_VIEW = 200;

function partitions(state: SimState): PartitionView[] {
  return Object.values(state.controller.partitions).map((meta) => {
    const tp = tpKey(meta.topic, meta.partition);
    const leaderReplica = meta.leader !== null ? state.brokers[meta.leader - 1].replicas[tp] : undefined;
    return {
      topic: meta.topic, partition: meta.partition, replicas: meta.replicas, leader: meta.leader, leaderEpoch: meta.leaderEpoch, isr: meta.isr,
      highWatermark: leaderReplica?.highWatermark ?? Math.max(0, ...meta.replicas.map((id) => state.brokers[id - 1].replicas[tp]?.highWatermark ?? 0)),
      replicaLogs: meta.replicas.map((id) => {
        const r = state.brokers[id - 1].replicas[tp];
        if (!r) return { broker: id, logStartOffset: 0, logEndOffset: 0, highWatermark: 0, records: [], epochCache: [] };
        const leo = logEndOffset(r);
        return {
          broker: id, logStartOffset: r.logStartOffset, logEndOffset: leo, highWatermark: r.highWatermark,
          records: r.log.slice(Math.max(0, r.log.length - MAX_RECORDS_IN_VIEW)).map((rec) => ({ offset: rec.offset, key: rec.key, value: rec.value, leaderEpoch: rec.leaderEpoch })),
          epochCache: r.epochCache.map(([e, o]) => [e, o] as [number, number]),
        };
      }),
    };
  });
}

function brokers(state: SimState): BrokerView[] {
  return state.brokers.map((b) => ({
    id: b.id,
    status: b.up ? 'up' : 'down',
    isolated: state.network.isolated.includes(`broker-${b.id}`),
    fenced: state.controller.brokers[String(b.id)]?.fenced ?? true,
    brokerEpoch: b.brokerEpoch,
    leaderOf: Object.values(state.controller.partitions).filter((m) => m.leader === b.id).map((m) => tpKey(m.topic, m.partition)),
  }));
}

function producers(state: SimState): ProducerView[] {
  return state.producers.map((p) => ({
    id: p.id, acks: p.acks, idempotent: p.idempotent, producerId: p.producerId >= 0 ? p.producerId : null,
    sends: p.sends.items().map((s) => ({ index: s.index, topic: s.topic, key: s.key, value: s.value, status: s.status, partition: s.partition, offset: s.offset, error: s.error, attempts: s.attempts })),
  }));
}

function inFlight(state: SimState): InFlightView[] {
  const out: InFlightView[] = [];
  for (const e of state.queue) {
    if (e.body.kind !== 'deliver') continue;
    const m = e.body.msg;
    out.push({ id: m.id, from: m.from, to: m.to, kind: m.body.type === 'ConsumerMessage' ? m.body.kind : m.body.type, label: m.body.type, sentAtMs: m.sentAtMs, deliverAtMs: m.deliverAtMs });
  }
  return out.sort((a, b) => a.id - b.id);
}

export function buildView(state: SimState, withInvariants: boolean): ClusterView {
  const mode = state.scenario.cluster.metadata;
  const activeBroker = state.controller.zkControllerBroker;
  return {
    title: state.scenario.title, seed: state.seed, step: state.step, timeMs: state.timeMs, metadataMode: mode,
    controller: { node: 'controller', activeBroker },
    brokers: brokers(state), partitions: partitions(state), producers: producers(state),
    consumers: buildConsumerViews(state), groups: buildGroupViews(state),
    network: { isolated: [...state.network.isolated], cutLinks: state.network.cutLinks.map(([a, b]) => [a, b] as [string, string]) },
    inFlight: inFlight(state),
    anomalies: [...state.checker.anomalies],
    invariantViolations: withInvariants ? [...state.checker.invariantViolations, ...checkInvariants(state)] : [...state.checker.invariantViolations],
  };
}
