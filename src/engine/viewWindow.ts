// A window on the view: what grows with the run (a producer's sends, a consumer's received
// records, a replica's log) is cut to its newest entries plus what the page looks at closely, so
// building, sending and drawing a view costs the same at step 100 and at step 1,000,000.
import type { TopicPartitionRef } from './view.types';

export interface ViewWindow {
  /** Newest sends kept per producer. */
  sends: number;
  /** Newest received records kept per consumer. */
  received: number;
  /** Newest records kept per replica log. */
  records: number;
  /** Kept whatever their age: these sends, these records, and the records the sends landed on. */
  focus?: {
    sends?: { producer: string; index: number }[];
    records?: (TopicPartitionRef & { offset: number })[];
  };
}

export type RecordRef = TopicPartitionRef & { offset: number };

/** Indexes [0, length) a list keeps under the window: its newest `tail`, plus `wanted` older ones. */
export function keptIndexes(length: number, tail: number, wanted: Iterable<number>): number[] {
  const cut = Math.max(0, length - tail);
  const older = [...new Set(wanted)].filter((i) => i >= 0 && i < cut).sort((a, b) => a - b);
  const out = older;
  for (let i = cut; i < length; i++) out.push(i);
  return out;
}
