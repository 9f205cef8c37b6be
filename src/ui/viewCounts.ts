// The worker cuts a view's long lists (a producer's sends, a consumer's received records) to their
// newest entries and says how long they were (protocol BoundedView). These read the true numbers,
// and fall back to the lists themselves for views that were not cut (tests, lesson runs).
import type { ConsumerView, ProducerView, SendView } from '../engine/view.types';
import type { SendCounts } from '../protocol/messages';

export function sendCounts(p: ProducerView): SendCounts {
  const counted = (p as ProducerView & { sendCounts?: SendCounts }).sendCounts;
  if (counted) return counted;
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
  return (c as ConsumerView & { receivedCount?: number }).receivedCount ?? c.received.length;
}

/** A producer's send by its index (its position in the full list, which a cut list no longer is). */
export function findSend(p: ProducerView | undefined, index: number): SendView | undefined {
  if (!p) return undefined;
  const direct = p.sends[index];
  return direct?.index === index ? direct : p.sends.find((s) => s.index === index);
}
