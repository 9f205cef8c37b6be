// What one step changed in the cluster, "before → after", for "Step <n> details": the two views
// on either side of the step, compared field by field in the words the diagram uses.
import type { ClusterView, ConsumerView, PartitionView, ProducerView } from '../engine/view.types';

const list = (xs: readonly (number | string)[]) => `[${xs.join(',')}]`;
const tpOf = (x: { topic: string; partition: number }) => `${x.topic}-${x.partition}`;

function change(out: string[], what: string, before: unknown, after: unknown): void {
  if (before !== after) out.push(`${what}: ${String(before)} → ${String(after)}`);
}

function brokerChanges(out: string[], a: ClusterView, b: ClusterView): void {
  for (const after of b.brokers) {
    const before = a.brokers.find((x) => x.id === after.id);
    if (!before) continue;
    const name = `Broker ${after.id}`;
    change(out, name, before.status, after.status);
    change(out, `${name} isolated`, before.isolated ? 'yes' : 'no', after.isolated ? 'yes' : 'no');
    change(out, `${name} fenced`, before.fenced ? 'yes' : 'no', after.fenced ? 'yes' : 'no');
  }
}

function partitionChanges(out: string[], before: PartitionView, after: PartitionView): void {
  const tp = tpOf(after);
  change(out, `${tp} leader`, before.leader === null ? 'none' : `broker ${before.leader}`, after.leader === null ? 'none' : `broker ${after.leader}`);
  change(out, `${tp} leader epoch`, before.leaderEpoch, after.leaderEpoch);
  change(out, `${tp} ISR`, list(before.isr), list(after.isr));
  for (const r of after.replicaLogs) {
    const old = before.replicaLogs.find((x) => x.broker === r.broker);
    if (!old) continue;
    const name = `${tp} on broker ${r.broker}`;
    change(out, `${name} log end offset`, old.logEndOffset, r.logEndOffset);
    change(out, `${name} high watermark`, old.highWatermark, r.highWatermark);
    change(out, `${name} log start offset`, old.logStartOffset, r.logStartOffset);
  }
}

function sendWords(s: ProducerView['sends'][number]): string {
  return s.status === 'acked' ? `acked (offset ${s.offset})` : s.status === 'failed' ? `failed (${s.error ?? 'error'})` : 'pending';
}

function producerChanges(out: string[], before: ProducerView, after: ProducerView): void {
  const name = `Producer ${after.id}`;
  change(out, `${name} acks`, before.acks, after.acks);
  for (const s of after.sends) {
    const old = before.sends.find((x) => x.index === s.index);
    const what = `${name} send #${s.index} '${s.value}'`;
    if (!old) out.push(`${what}: new, ${sendWords(s)}`);
    else change(out, what, sendWords(old), sendWords(s));
  }
}

function consumerChanges(out: string[], before: ConsumerView, after: ConsumerView): void {
  const name = `Consumer ${after.id}`;
  change(out, name, before.status, after.status);
  change(out, `${name} assignment`, list(before.assignment.map(tpOf)), list(after.assignment.map(tpOf)));
  for (const p of after.positions) {
    const old = before.positions.find((x) => tpOf(x) === tpOf(p));
    change(out, `${name} position on ${tpOf(p)}`, old?.offset ?? 'none', p.offset);
  }
  for (const c of after.committed ?? []) {
    const old = before.committed?.find((x) => tpOf(x) === tpOf(c));
    change(out, `${name} committed offset on ${tpOf(c)}`, old?.offset ?? 'none', c.offset ?? 'none');
  }
  change(out, `${name} records processed`, before.receivedCount ?? before.received.length, after.receivedCount ?? after.received.length);
}

/** Lines saying what differs between the view before a step and the view after it. */
export function viewChanges(before: ClusterView, after: ClusterView): string[] {
  const out: string[] = [];
  brokerChanges(out, before, after);
  for (const p of after.partitions) {
    const old = before.partitions.find((x) => tpOf(x) === tpOf(p));
    if (old) partitionChanges(out, old, p);
    else out.push(`${tpOf(p)}: created`);
  }
  for (const p of after.producers) {
    const old = before.producers.find((x) => x.id === p.id);
    if (old) producerChanges(out, old, p);
  }
  for (const c of after.consumers) {
    const old = before.consumers.find((x) => x.id === c.id);
    if (old) consumerChanges(out, old, c);
  }
  for (const g of after.groups) {
    const old = before.groups.find((x) => x.groupId === g.groupId);
    if (!old) continue;
    change(out, `Group ${g.groupId}`, old.state, g.state);
    change(out, `Group ${g.groupId} generation`, old.generation, g.generation);
  }
  change(out, 'Anomalies found', before.anomalies.length, after.anomalies.length);
  return out;
}
