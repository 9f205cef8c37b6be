// Time and size retention at segment granularity, as Kafka 4.x runs it (UnifiedLog.deleteOldSegments):
// a time pass (retention.ms against each segment's largest record timestamp), then a size pass
// (retention.bytes against what the time pass left), each oldest first, only segments wholly
// below the HW, each stopping at the first segment that must stay (deletableSegments).
import { emit, type RowText, setTimer } from '../core/context';
import type { BrokerState, ReplicaState, SimState } from '../core/state';
import { brokerConfig, topicSpec } from './config';
import { logEndOffset, trimEpochCacheFromStart } from './replicaLog';

/** How many of the oldest segments, from `from` on, satisfy `shouldDelete` in a row. */
function deletable(r: ReplicaState, from: number, shouldDelete: (s: ReplicaState['segments'][number]) => boolean): number {
  const segs = r.segments;
  let n = 0;
  for (let i = from; i < segs.length; i++) {
    const s = segs[i];
    const nextBase = i + 1 < segs.length ? segs[i + 1].baseOffset : logEndOffset(r);
    if (s.bytes === 0 || r.highWatermark < nextBase || !shouldDelete(s)) break;
    n++;
  }
  return n;
}

/** Segments to delete: first by time, then by size over what is left. */
function deletableSegments(state: SimState, r: ReplicaState): { byTime: number; bySize: number } {
  const cfg = topicSpec(state, r.topic).config;
  const byTime = cfg.retentionMs < 0 ? 0 : deletable(r, 0, (s) => state.timeMs - s.largestTimestampMs > cfg.retentionMs);
  if (cfg.retentionBytes < 0) return { byTime, bySize: 0 };
  let excess = r.segments.slice(byTime).reduce((sum, s) => sum + s.bytes, 0) - cfg.retentionBytes;
  const bySize = deletable(r, byTime, (s) => {
    if (excess - s.bytes < 0) return false;
    excess -= s.bytes;
    return true;
  });
  return { byTime, bySize };
}

export function retentionCheck(state: SimState, broker: BrokerState): RowText {
  setTimer(state, state.timeMs + brokerConfig(state).logRetentionCheckIntervalMs, { type: 'retentionCheck', broker: broker.id });
  const notes: string[] = [];
  for (const r of Object.values(broker.replicas)) {
    if (topicSpec(state, r.topic).config.cleanupPolicy === 'compact') continue;
    const { byTime, bySize } = deletableSegments(state, r);
    const n = byTime + bySize;
    if (n === 0) continue;
    const leo = logEndOffset(r);
    const newStart = n < r.segments.length ? r.segments[n].baseOffset : leo;
    r.log.dropFront(newStart - r.logStartOffset);
    r.segments = n < r.segments.length ? r.segments.slice(n) : [{ baseOffset: leo, bytes: 0, largestTimestampMs: -1 }];
    const before = r.logStartOffset;
    r.logStartOffset = newStart;
    trimEpochCacheFromStart(r, newStart);
    emit(state, { type: 'SegmentsDeleted', topic: r.topic, partition: r.partition, broker: broker.id, offset: newStart });
    const why = [byTime > 0 ? `${byTime} past retention.ms` : '', bySize > 0 ? `${bySize} over retention.bytes` : ''].filter(Boolean).join(', ');
    notes.push(`${r.topic}-${r.partition}: deleted ${n} segment(s) (${why}), log start offset ${before}→${newStart}`);
  }
  return {
    component: `Broker ${broker.id}`,
    action: 'Checked retention (retention.ms, retention.bytes)',
    messageState: notes.length > 0 ? 'Old segments deleted: consuming never deletes, expiry does' : 'Nothing has expired',
    output: notes.length > 0 ? notes.join('; ') : 'No change',
    routine: notes.length === 0,
  };
}
