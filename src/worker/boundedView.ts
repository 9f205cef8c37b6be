// Cuts the engine's view to what the page can show, so an answer's size (and the main thread's
// cost to receive it) stays flat however long the run: a producer's sends and a consumer's
// received records grow with every record, and the engine keeps 200 records per replica log.
// The newest entries are kept (the inspector lists the newest 20, the diagram draws the log's
// tail), plus whatever the request's focus names, with counts of the full lists.
import type { ClusterView, ConsumerView, ProducerView, RecordView, SendView } from '../engine/view.types';
import type { BoundedView, SendCounts, ViewFocus } from '../protocol/messages';

/** Newest sends kept per producer, received records per consumer, log records per replica. */
export const SEND_TAIL = 24;
export const RECEIVED_TAIL = 24;
export const RECORD_TAIL = 64;

type RecordRef = { topic: string; partition: number; offset: number };

const sameRecord = (a: RecordRef, topic: string, partition: number | null, offset: number | null) =>
  a.topic === topic && a.partition === partition && a.offset === offset;

/** The tail of `list`, plus earlier entries that `keep` wants, in their original order. */
function tailPlus<T>(list: readonly T[], tail: number, keep: ((x: T) => boolean) | null): T[] {
  const cut = Math.max(0, list.length - tail);
  if (cut === 0) return list.slice();
  const out: T[] = [];
  if (keep) for (let i = 0; i < cut; i++) if (keep(list[i])) out.push(list[i]);
  for (let i = cut; i < list.length; i++) out.push(list[i]);
  return out;
}

function countSends(sends: readonly SendView[]): SendCounts {
  const counts: SendCounts = {
    total: sends.length,
    acked: 0,
    pending: 0,
    failed: 0,
  };
  for (const s of sends) counts[s.status]++;
  return counts;
}

/** The records in focus: those named, plus those the focused sends landed on. */
function focusedRecords(view: ClusterView, focus: ViewFocus): RecordRef[] {
  const records = [...(focus.records ?? [])];
  for (const f of focus.sends ?? []) {
    const s = view.producers.find((p) => p.id === f.producer)?.sends[f.index];
    if (s && s.partition !== null && s.offset !== null)
      records.push({
        topic: s.topic,
        partition: s.partition,
        offset: s.offset,
      });
  }
  return records;
}

function boundProducer(p: ProducerView, focus: ViewFocus, records: RecordRef[]): BoundedView['producers'][number] {
  const wanted = new Set((focus.sends ?? []).filter((f) => f.producer === p.id).map((f) => f.index));
  const keep =
    wanted.size > 0 || records.length > 0 ? (s: SendView) => wanted.has(s.index) || records.some((r) => sameRecord(r, s.topic, s.partition, s.offset)) : null;
  return {
    ...p,
    sends: tailPlus(p.sends, SEND_TAIL, keep),
    sendCounts: countSends(p.sends),
  };
}

function boundConsumer(c: ConsumerView, records: RecordRef[]): BoundedView['consumers'][number] {
  const keep = records.length > 0 ? (r: ConsumerView['received'][number]) => records.some((f) => sameRecord(f, r.topic, r.partition, r.offset)) : null;
  return {
    ...c,
    received: tailPlus(c.received, RECEIVED_TAIL, keep),
    receivedCount: c.received.length,
  };
}

export function boundView(view: ClusterView, focus: ViewFocus = {}): BoundedView {
  const records = focusedRecords(view, focus);
  return {
    ...view,
    producers: view.producers.map((p) => boundProducer(p, focus, records)),
    consumers: view.consumers.map((c) => boundConsumer(c, records)),
    partitions: view.partitions.map((p) => {
      const mine = records.filter((r) => r.topic === p.topic && r.partition === p.partition);
      const keep = mine.length > 0 ? (rec: RecordView) => mine.some((r) => r.offset === rec.offset) : null;
      return {
        ...p,
        replicaLogs: p.replicaLogs.map((r) => ({
          ...r,
          records: tailPlus(r.records, RECORD_TAIL, keep),
        })),
      };
    }),
  };
}
