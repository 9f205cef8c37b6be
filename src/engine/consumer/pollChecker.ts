// Jepsen's poll anomalies, per consumer and partition, while the partition stays assigned:
// nonmonotonic-poll (poll() returned an offset at or below one it returned before) and poll-skip
// (it jumped over offsets that held records). Re-reading from the last commit after a rebalance or
// a restart starts a new assignment, so it is at-least-once delivery, not an anomaly.
import type { SimState, StoredRecord, Tp } from '../core/state';
import { onConsumerRead } from '../check/anomalies';
import type { ConsumerState } from './consumerState';

function report(state: SimState, kind: 'poll-skip' | 'nonmonotonic-poll', detail: string): void {
  state.checker.anomalies.push({ kind, step: state.step, detail });
}

export function checkPolled(state: SimState, c: ConsumerState, tp: Tp, records: StoredRecord[]): void {
  for (const rec of records) {
    onConsumerRead(state, tp, rec);
    const last = c.lastPolled[tp];
    if (last !== undefined && rec.offset <= last) {
      report(state, 'nonmonotonic-poll', `Consumer ${c.id} polled ${tp} offset ${rec.offset} after offset ${last}, without a rebalance in between`);
    } else if (last !== undefined && rec.offset > last + 1) {
      const seen = state.checker.visible[tp];
      const skipped: number[] = [];
      for (let o = last + 1; o < rec.offset; o++) if (seen?.get(o) !== undefined) skipped.push(o);
      if (skipped.length > 0) {
        report(state, 'poll-skip', `Consumer ${c.id} polled ${tp} offset ${rec.offset} right after offset ${last}: it skipped ${skipped.length} record(s) (offsets ${skipped[0]}–${skipped[skipped.length - 1]})`);
      }
    }
    c.lastPolled[tp] = rec.offset;
  }
}
