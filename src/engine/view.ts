// The read-only picture of the cluster at the current step, for the UI and the runner.
import { logEndOffset, recordAt } from './broker/replicaLog';
import { checkInvariants } from './check/invariants';
import type { SendState, SimState } from './core/state';
import type { NetMessage } from './core/events';
import { messageNames } from './core/network';
import { tpKey } from './core/state';
import { buildGroupViews, buildConsumerViews } from './consumer/consumerView';
import { sendOfRef } from './core/sendRef';
import type { BrokerView, ClusterView, InFlightView, PartitionView, ProducerView, RecordView, SendCounts, SendView } from './view.types';
import { keptIndexes, type RecordRef, type ViewWindow } from './viewWindow';

/** A bound on records per replica in the view (the diagram shows the tail of long logs). */
export const MAX_RECORDS_IN_VIEW = 200;

/** The records in focus: those named, plus those the focused sends landed on. */
function focusRecords(state: SimState, scope: ViewWindow | undefined): RecordRef[] {
  const records = [...(scope?.focus?.records ?? [])];
  for (const f of scope?.focus?.sends ?? []) {
    const s = state.producers.find((p) => p.id === f.producer)?.sends.get(f.index);
    if (s && s.partition !== null && s.offset !== null && s.offset >= 0) records.push({ topic: s.topic, partition: s.partition, offset: s.offset });
  }
  return records;
}

function partitions(state: SimState, scope: ViewWindow | undefined, focus: RecordRef[]): PartitionView[] {
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
        const tail = Math.min(MAX_RECORDS_IN_VIEW, scope?.records ?? MAX_RECORDS_IN_VIEW);
        const wanted = focus.filter((f) => f.topic === meta.topic && f.partition === meta.partition).map((f) => f.offset - r.logStartOffset);
        return {
          broker: id, logStartOffset: r.logStartOffset, logEndOffset: leo, highWatermark: r.highWatermark,
          records: keptIndexes(r.log.length, tail, wanted).map((i) => {
            const rec = r.log.get(i);
            const out: RecordView = { offset: rec.offset, key: rec.key, value: rec.value, leaderEpoch: rec.leaderEpoch };
            if (wanted.includes(i)) out.sentBy = sendOfRef(rec.sendRef);
            return out;
          }),
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

function sendView(s: SendState): SendView {
  return { index: s.index, topic: s.topic, key: s.key, value: s.value, status: s.status, partition: s.partition, offset: s.offset, error: s.error, attempts: s.attempts };
}

function producers(state: SimState, scope: ViewWindow | undefined, focus: RecordRef[]): ProducerView[] {
  return state.producers.map((p) => {
    const counts: SendCounts = { total: p.sends.length, ...p.sendStatusCounts };
    let sends: SendView[];
    if (!scope) sends = p.sends.items().map(sendView);
    else {
      // The sends that wrote the focused records, found through the leader's copy of each.
      const wanted = (scope.focus?.sends ?? []).filter((f) => f.producer === p.id).map((f) => f.index);
      for (const f of focus) {
        const leader = state.controller.partitions[tpKey(f.topic, f.partition)]?.leader;
        const ref = leader ? recordAt(state.brokers[leader - 1].replicas[tpKey(f.topic, f.partition)], f.offset)?.sendRef : undefined;
        if (ref?.startsWith(`${p.id}#`)) wanted.push(Number(ref.slice(p.id.length + 1)));
      }
      sends = keptIndexes(p.sends.length, scope.sends, wanted).flatMap((i) => {
        const s = p.sends.get(i);
        return s ? [sendView(s)] : [];
      });
    }
    return { id: p.id, acks: p.acks, idempotent: p.idempotent, producerId: p.producerId >= 0 ? p.producerId : null, sends, sendCounts: counts };
  });
}

function recordWords(records: readonly { key: string | null; value: string }[]): string | undefined {
  if (records.length === 0) return undefined;
  const r = records[0];
  const one = r.key === null ? `'${r.value}'` : `${r.key}='${r.value}'`;
  return records.length > 1 ? `${one} +${records.length - 1} more` : one;
}

/** What a message on the wire carries that a class follows: the records, or the ack. */
function carries(body: NetMessage['body']): string | undefined {
  switch (body.type) {
    case 'ProduceRequest':
      return recordWords(body.records);
    case 'ProduceResponse':
      return body.error ? body.error : `ack offset ${body.baseOffset}`;
    case 'FetchResponse':
      return recordWords(body.partitions.flatMap((p) => p.records));
    default:
      return undefined;
  }
}

function inFlight(state: SimState): InFlightView[] {
  const out: InFlightView[] = [];
  for (const e of state.queue) {
    if (e.body.kind !== 'deliver') continue;
    const m = e.body.msg;
    const words = carries(m.body);
    out.push({
      id: m.id, from: m.from, to: m.to, ...messageNames(state, m),
      ...(words === undefined ? {} : { carries: words }), sentAtMs: m.sentAtMs, deliverAtMs: m.deliverAtMs,
    });
  }
  return out.sort((a, b) => a.id - b.id);
}

/** The view at the current step: whole, or cut to a ViewWindow (see viewWindow.ts). */
export function buildView(state: SimState, withInvariants: boolean, scope?: ViewWindow): ClusterView {
  const mode = state.scenario.cluster.metadata;
  const focus = focusRecords(state, scope);
  const activeBroker = state.controller.zkControllerBroker;
  return {
    title: state.scenario.title, seed: state.seed, step: state.step, timeMs: state.timeMs, metadataMode: mode,
    controller: { node: 'controller', activeBroker },
    brokers: brokers(state), partitions: partitions(state, scope, focus), producers: producers(state, scope, focus),
    consumers: buildConsumerViews(state, scope && { tail: scope.received, focus }), groups: buildGroupViews(state),
    network: { isolated: [...state.network.isolated], cutLinks: state.network.cutLinks.map(([a, b]) => [a, b] as [string, string]) },
    inFlight: inFlight(state),
    anomalies: [...state.checker.anomalies],
    invariantViolations: withInvariants ? [...state.checker.invariantViolations, ...checkInvariants(state)] : [...state.checker.invariantViolations],
  };
}
