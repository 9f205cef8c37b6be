// Where an anomaly notice's "Show the ack" goes: the step at which the lost or duplicated record
// was acknowledged. The checker names the record in its detail (anomalies.ts); a lost write names
// the step of its ack too, a duplicate only the offsets it is stored at, so its ack is looked up
// among the run's events (the worker's seekEvent).
import type { AnomalyView } from '../engine/view.types';

/** An event to find: the first of `type` with these fields (offset: any of `offsets`). */
export interface EventQuery {
  type: string;
  producer?: string;
  topic?: string;
  partition?: number;
  offsets?: number[];
}

export type AckLink = { step: number } | { query: EventQuery };

function splitTp(tp: string): { topic: string; partition: number } | null {
  const i = tp.lastIndexOf('-');
  const partition = Number(tp.slice(i + 1));
  return i > 0 && Number.isInteger(partition) ? { topic: tp.slice(0, i), partition } : null;
}

const SEND = /\(send #\d+ of ([^)]+)\)/;

/** The acknowledgement of the record an anomaly is about; null for kinds that have none. */
export function ackOf(a: AnomalyView): AckLink | null {
  if (a.kind === 'lost-write') {
    const step = /\(step (\d+)\)/.exec(a.detail);
    return step ? { step: Number(step[1]) } : null;
  }
  if (a.kind !== 'duplicate') return null;
  const producer = SEND.exec(a.detail)?.[1];
  const stored = [...a.detail.matchAll(/(\S+) offset (\d+)/g)];
  const tp = stored[0] ? splitTp(stored[0][1]) : null;
  if (!producer || !tp) return null;
  return { query: { type: 'ProduceAcked', producer, ...tp, offsets: stored.map((m) => Number(m[2])) } };
}

export function matchesQuery(e: { type: string; producer?: string; topic?: string; partition?: number; offset?: number }, q: EventQuery): boolean {
  return (
    e.type === q.type &&
    (q.producer === undefined || e.producer === q.producer) &&
    (q.topic === undefined || e.topic === q.topic) &&
    (q.partition === undefined || e.partition === q.partition) &&
    (q.offsets === undefined || (e.offset !== undefined && q.offsets.includes(e.offset)))
  );
}
