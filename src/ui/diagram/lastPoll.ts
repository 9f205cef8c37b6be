// The records a consumer's last poll returned, as the diagram shows them: the received records
// that share the newest receive time (one poll hands them over at once). Pure, tested.
import type { ConsumerView, ReceivedView } from '../../engine/view.types';

export function lastPoll(c: Pick<ConsumerView, 'received'>): ReceivedView[] {
  if (c.received.length === 0) return [];
  const newest = Math.max(...c.received.map((r) => r.atMs));
  return c.received.filter((r) => r.atMs === newest);
}

/** A last poll in words: "3 records: ", the records that fit ("4 alice"), and how many are left out. */
export interface LastPollWords {
  head: string;
  shown: string[];
  more: number;
}

/**
 * "3 records: 4 alice, 5 bob, 2 carol" in about `maxChars` characters (or units of `measure`):
 * whole records, as many as fit with "+N more" after them, never one cut mid-word ("3 records"
 * when not one fits).
 */
export function lastPollWords(records: ReceivedView[], maxChars: number, measure: (text: string) => number = (t) => t.length): LastPollWords {
  if (records.length === 0) return { head: 'nothing yet', shown: [], more: 0 };
  const head = `${records.length} record${records.length === 1 ? '' : 's'}: `;
  // Keys where there are any: a poll of records without keys is just their offsets.
  const keyed = records.some((r) => r.key !== null);
  const parts = records.map((r) => (keyed ? `${r.offset} ${r.key ?? '∅'}` : `${r.offset}`));
  const length = (k: number) => measure(`${head}${parts.slice(0, k).join(', ')}${k < parts.length ? ` +${parts.length - k} more` : ''}`);
  let k = parts.length;
  while (k > 0 && length(k) > maxChars) k--;
  // Not even one record whole: just how many.
  if (k === 0) return { head: head.slice(0, -2), shown: [], more: 0 };
  return { head, shown: parts.slice(0, k), more: parts.length - k };
}

/** The last poll as one line of text (lastPollWords). */
export function lastPollText(records: ReceivedView[], maxChars: number): string {
  const w = lastPollWords(records, maxChars);
  return `${w.head}${w.shown.join(', ')}${w.more > 0 ? ` +${w.more} more` : ''}`;
}
