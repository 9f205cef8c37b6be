// Time and size retention at segment granularity (UnifiedLog.deletableSegments): oldest first,
// only segments wholly below the HW, stopping at the first one that must stay.
import { emit, type RowText, setTimer } from '../core/context';
import type { BrokerState, ReplicaState, SimState } from '../core/state';
import { brokerConfig, topicSpec } from './config';
import { logEndOffset, trimEpochCacheFromStart } from './replicaLog';

function deletableSegments(state: SimState, r: ReplicaState): number {
  const cfg = topicSpec(state, r.topic).config;
  const segs = r.segments;
  const total = segs.reduce((sum, s) => sum + s.bytes, 0);
  let sizeDiff = cfg.retentionBytes >= 0 ? total - cfg.retentionBytes : -1;
  let n = 0;
  for (let i = 0; i < segs.length; i++) {
    const s = segs[i];
    const nextBase = i + 1 < segs.length ? segs[i + 1].baseOffset : logEndOffset(r);
    if (s.bytes === 0 || r.highWatermark < nextBase) break;
    const byTime = cfg.retentionMs >= 0 && state.timeMs - s.largestTimestampMs > cfg.retentionMs;
    const bySize = sizeDiff >= 0 && sizeDiff - s.bytes >= 0;
    if (!byTime && !bySize) break;
    if (bySize) sizeDiff -= s.bytes;
    n++;
  }
  return n;
}

export function retentionCheck(state: SimState, broker: BrokerState): RowText {
  setTimer(state, `b${broker.id}:retention`, state.timeMs + brokerConfig(state).logRetentionCheckIntervalMs, { type: 'retentionCheck', broker: broker.id });
  const notes: string[] = [];
  for (const r of Object.values(broker.replicas)) {
    if (topicSpec(state, r.topic).config.cleanupPolicy === 'compact') continue;
    const n = deletableSegments(state, r);
    if (n === 0) continue;
    const leo = logEndOffset(r);
    const newStart = n < r.segments.length ? r.segments[n].baseOffset : leo;
    r.log.dropFront(newStart - r.logStartOffset);
    r.segments = n < r.segments.length ? r.segments.slice(n) : [{ baseOffset: leo, bytes: 0, largestTimestampMs: -1 }];
    const before = r.logStartOffset;
    r.logStartOffset = newStart;
    trimEpochCacheFromStart(r, newStart);
    emit(state, { type: 'SegmentsDeleted', topic: r.topic, partition: r.partition, broker: broker.id, offset: newStart });
    notes.push(`${r.topic}-${r.partition}: deleted ${n} segment(s), log start offset ${before}→${newStart}`);
  }
  return {
    component: `Broker ${broker.id}`,
    action: 'Checked retention (retention.ms, retention.bytes)',
    messageState: notes.length > 0 ? 'Old segments deleted: consuming never deletes, expiry does' : 'Nothing has expired',
    output: notes.length > 0 ? notes.join('; ') : 'No change',
    routine: notes.length === 0,
  };
}
