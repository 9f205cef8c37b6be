// The records a consumer's last poll returned, as the diagram shows them: the received records
// that share the newest receive time (one poll hands them over at once). Pure, tested.
import type { ConsumerView, ReceivedView } from '../../engine/view.types';

export function lastPoll(c: Pick<ConsumerView, 'received'>): ReceivedView[] {
  if (c.received.length === 0) return [];
  const newest = Math.max(...c.received.map((r) => r.atMs));
  return c.received.filter((r) => r.atMs === newest);
}

/** "3 records: 4 alice, 5 bob, 2 carol" cut to about `maxChars` characters, for a one-line summary. */
export function lastPollText(records: ReceivedView[], maxChars: number): string {
  if (records.length === 0) return 'nothing yet';
  const head = `${records.length} record${records.length === 1 ? '' : 's'}: `;
  const parts = records.map((r) => `${r.offset} ${r.key ?? '∅'}`);
  let text = head;
  for (let i = 0; i < parts.length; i++) {
    const next = `${i > 0 ? ', ' : ''}${parts[i]}`;
    if (text.length + next.length > maxChars) return `${text}${i > 0 ? ' …' : '…'}`;
    text += next;
  }
  return text;
}
