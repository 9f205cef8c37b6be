// The worker's views cut long lists (a producer's sends, a consumer's received records) to their
// newest entries and say how long they were (engine ViewWindow). These read the true numbers, and
// fall back to the lists themselves for hand-built views (tests).
import type { ConsumerView, ProducerView, SendCounts, SendView } from '../engine/view.types';

export function sendCounts(p: ProducerView): SendCounts {
  if (p.sendCounts) return p.sendCounts;
  const counts: SendCounts = {
    total: p.sends.length,
    acked: 0,
    pending: 0,
    failed: 0,
  };
  for (const s of p.sends) counts[s.status]++;
  return counts;
}

export function receivedCount(c: ConsumerView): number {
  return c.receivedCount ?? c.received.length;
}

/**
 * Whether send `index` was made but the view no longer lists it: on a long run the page lets a
 * producer's old sends go (the worker's SENDS_KEPT); the counts still hold them.
 */
export function sendLetGo(p: ProducerView | undefined, index: number): boolean {
  return p !== undefined && index < sendCounts(p).total && findSend(p, index) === undefined;
}

/** A producer's send by its index (its position in the full list, which a cut list no longer is). */
export function findSend(p: ProducerView | undefined, index: number): SendView | undefined {
  if (!p) return undefined;
  const direct = p.sends[index];
  return direct?.index === index ? direct : p.sends.find((s) => s.index === index);
}
