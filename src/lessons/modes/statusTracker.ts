// "Status tracker": the seeds' variable table — one row per variable (message state, offset,
// LEO, HW, ISR, leader, consumer position, committed offset), one column per step. The UI gathers
// the (step, view) pairs it wants to show (e.g. with the worker's viewsAt) and passes them in.
import type { ClusterView, PartitionView, SendView } from '../../engine/view.types';

export interface TrackerFocus {
  producer?: string;
  sendIndex?: number;
  topic?: string;
  partition?: number;
  consumer?: string;
}

export interface StatusTable {
  focus: TrackerFocus;
  columns: { step: number; label: string }[];
  variables: { name: string; cells: string[] }[];
}

/** Follows the first send of the first producer, its partition and a consumer reading it. */
export function defaultFocus(view: ClusterView): TrackerFocus {
  const producer = view.producers.find((p) => p.sends.length > 0) ?? view.producers[0];
  const send = producer?.sends[0];
  const topic = send?.topic ?? view.partitions[0]?.topic;
  const partition = send?.partition ?? view.partitions.find((p) => p.topic === topic)?.partition;
  const reader = view.consumers.find((c) => c.assignment.some((a) => a.topic === topic && a.partition === partition)) ?? view.consumers.find((c) => topic !== undefined && c.received.some((r) => r.topic === topic));
  return { producer: producer?.id, sendIndex: send ? 0 : undefined, topic, partition, consumer: reader?.id };
}

function partitionOf(view: ClusterView, f: TrackerFocus): PartitionView | undefined {
  return view.partitions.find((p) => p.topic === f.topic && p.partition === f.partition);
}

function leaderLog(p: PartitionView) {
  return p.replicaLogs.find((r) => r.broker === p.leader) ?? null;
}

function sendOf(view: ClusterView, f: TrackerFocus): SendView | undefined {
  return view.producers.find((p) => p.id === f.producer)?.sends[f.sendIndex ?? 0];
}

/** Where the send's record sits in the leader's log right now, if it does. */
function storedOffset(p: PartitionView | undefined, send: SendView): number | null {
  const log = p ? leaderLog(p) : null;
  if (!log) return null;
  if (send.offset !== null && send.offset >= 0) return log.records.some((r) => r.offset === send.offset && r.value === send.value) ? send.offset : null;
  return log.records.find((r) => r.value === send.value && r.key === send.key)?.offset ?? null;
}

/** The seeds' "message" row: created → stored → committed → acknowledged → read. */
export function messageState(view: ClusterView, f: TrackerFocus): string {
  const send = sendOf(view, f);
  if (!send) return 'not sent yet';
  const name = `'${send.value}'`;
  if (send.status === 'failed') return `${name} failed (${send.error ?? 'error'})`;
  const p = view.partitions.find((x) => x.topic === send.topic && x.partition === send.partition);
  const offset = storedOffset(p, send);
  if (offset === null) {
    if (send.status === 'pending') {
      // Kafka gives no per-record trace on the wire; a ProduceRequest from this producer is close enough.
      const onWire = view.inFlight.some((m) => m.from === f.producer && m.kind === 'ProduceRequest');
      return onWire ? `${name} on its way to the leader` : `${name} waiting in the producer`;
    }
    return send.offset === -1 ? `${name} sent (acks=0: no answer)` : `${name} acknowledged, but no longer in the log`;
  }
  const parts = [`stored at offset ${offset}`];
  if (p && p.highWatermark > offset) parts.push('committed');
  if (send.status === 'acked') parts.push('acknowledged');
  const readers = view.consumers.filter((c) => c.received.some((r) => r.topic === send.topic && r.partition === send.partition && r.offset === offset));
  if (readers.length) parts.push(`read by ${readers.map((c) => c.id).join(', ')}`);
  return `${name} ${parts.join(', ')}`;
}

type Variable = { name: string; cell: (view: ClusterView) => string };

function variablesFor(f: TrackerFocus): Variable[] {
  const vars: Variable[] = [];
  const tp = `${f.topic}-${f.partition}`;
  if (f.producer !== undefined) {
    vars.push({ name: 'message', cell: (v) => messageState(v, f) });
    vars.push({ name: 'offset', cell: (v) => { const s = sendOf(v, f); return s?.offset === null || s?.offset === undefined ? '—' : String(s.offset); } });
  }
  if (f.topic !== undefined) {
    const part = (v: ClusterView) => partitionOf(v, f);
    vars.push({ name: `LEO (${tp} leader)`, cell: (v) => { const p = part(v); const l = p && leaderLog(p); return l ? String(l.logEndOffset) : '—'; } });
    vars.push({ name: `HW (${tp})`, cell: (v) => String(part(v)?.highWatermark ?? '—') });
    vars.push({ name: 'ISR', cell: (v) => { const p = part(v); return p ? `{${p.isr.join(',')}}` : '—'; } });
    vars.push({ name: 'leader', cell: (v) => { const p = part(v); return p ? (p.leader === null ? 'none (offline)' : `broker ${p.leader}`) : '—'; } });
  }
  if (f.consumer !== undefined && f.topic !== undefined) {
    const consumer = (v: ClusterView) => v.consumers.find((c) => c.id === f.consumer);
    vars.push({ name: `position (${f.consumer})`, cell: (v) => String(consumer(v)?.positions.find((p) => p.topic === f.topic && p.partition === f.partition)?.offset ?? '—') });
    vars.push({
      name: 'committed offset',
      cell: (v) => {
        const g = v.groups.find((x) => x.groupId === consumer(v)?.groupId);
        return String(g?.committed.find((c) => c.topic === f.topic && c.partition === f.partition)?.offset ?? '—');
      },
    });
  }
  return vars;
}

/** The table for the given (step, view) pairs, in step order; `focus` defaults from the last view. */
export function statusTracker(history: readonly { step: number; view: ClusterView }[], focus?: TrackerFocus): StatusTable {
  const byStep = new Map(history.map((h) => [h.step, h.view]));
  const steps = [...byStep.keys()].sort((a, b) => a - b);
  const last = steps.length ? byStep.get(steps[steps.length - 1]) : undefined;
  const f = focus ?? (last ? defaultFocus(last) : {});
  const columns = steps.map((step) => ({ step, label: step === 0 ? 'Start' : `After step ${step}` }));
  const variables = variablesFor(f).map((v) => ({ name: v.name, cells: steps.map((s) => v.cell(byStep.get(s) as ClusterView)) }));
  return { focus: f, columns, variables };
}
