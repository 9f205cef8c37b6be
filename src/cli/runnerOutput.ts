// The runner's JSON document, exactly as spec/scenario-format.md §4 describes it.
import { logEndOffset } from '../engine/broker/replicaLog';
import { receivedItems } from '../engine/consumer/receivedRecords';
import type { SendState, SimState, StoredRecord } from '../engine/core/state';
import { tpKey } from '../engine/core/state';
import type { ClusterView, StepRow } from '../engine/view.types';
import type { ViewWindow } from '../engine/viewWindow';

/**
 * The view the document needs: sends, received records and replica logs are read from the state
 * (whole, and in the document's own shape), so the view leaves them out instead of building them
 * only to be copied.
 */
export const RUNNER_VIEW_WINDOW: ViewWindow = { sends: 0, received: 0, records: 0 };

/** A consumer's received records, in the document's shape. */
function receivedOf(state: SimState, consumer: string) {
  const c = state.consumers.find((x) => x.id === consumer);
  return c ? receivedItems(c.received) : [];
}

function sendOut(s: SendState) {
  return { index: s.index, topic: s.topic, key: s.key, value: s.value, status: s.status, partition: s.partition, offset: s.offset, error: s.error };
}

type RecordOut = { offset: number; key: string | null; value: string; leaderEpoch: number };

/** Whether two lists hold the same records, the same objects in the same order. */
function sameRecords(a: readonly StoredRecord[], b: readonly StoredRecord[]): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}

function replicaLogs(state: SimState, topic: string, partition: number, replicas: number[]) {
  const out: Record<string, { logEndOffset: number; highWatermark: number; records: RecordOut[] }> = {};
  // Followers hold the leader's own record objects: replicas that agree share one list in the
  // document (its JSON is the same), which the writer then writes once and copies (writeJson.ts).
  let previous: { stored: StoredRecord[]; records: RecordOut[] } | null = null;
  for (const id of replicas) {
    const r = state.brokers[id - 1].replicas[tpKey(topic, partition)];
    if (!r) {
      out[String(id)] = { logEndOffset: 0, highWatermark: 0, records: [] };
      continue;
    }
    const stored = r.log.slice(0);
    const records: RecordOut[] = previous !== null && sameRecords(stored, previous.stored)
      ? previous.records
      : stored.map((rec) => ({ offset: rec.offset, key: rec.key, value: rec.value, leaderEpoch: rec.leaderEpoch }));
    previous = { stored, records };
    out[String(id)] = { logEndOffset: logEndOffset(r), highWatermark: r.highWatermark, records };
  }
  return out;
}

export function runnerOutput(state: SimState, view: ClusterView, trace: StepRow[] | null): Record<string, unknown> {
  const doc: Record<string, unknown> = {
    title: view.title,
    seed: view.seed,
    timeMs: view.timeMs,
    steps: state.step,
    brokers: view.brokers.map((b) => ({ id: b.id, status: b.status })),
    partitions: view.partitions.map((p) => ({
      topic: p.topic, partition: p.partition, replicas: p.replicas, leader: p.leader, leaderEpoch: p.leaderEpoch, isr: p.isr,
      highWatermark: p.highWatermark, replicaLogs: replicaLogs(state, p.topic, p.partition, p.replicas),
    })),
    producers: state.producers.map((p) => ({ id: p.id, sends: p.sends.items().map(sendOut) })),
    consumers: view.consumers.map((c) => ({ id: c.id, groupId: c.groupId, status: c.status, assignment: c.assignment, received: receivedOf(state, c.id) })),
    groups: view.groups.map((g) => ({
      groupId: g.groupId, generation: g.generation, coordinator: g.coordinator, protocol: g.protocol,
      members: g.members.map((m) => ({ id: m.id, assignment: m.assignment })),
      committed: g.committed,
    })),
    anomalies: view.anomalies,
    invariantViolations: view.invariantViolations,
  };
  if (trace) doc.trace = trace.map((r) => ({ step: r.step, timeMs: r.timeMs, component: r.component, action: r.action, messageState: r.messageState, output: r.output }));
  return doc;
}
