// Retention at segment granularity (UnifiedLog.deletableSegments): oldest segments first, only
// those wholly below the HW, by time (retention.ms) or size (retention.bytes); compacted topics are
// not deleted by age.
import { describe, expect, it } from 'vitest';
import type { ReplicaState } from '../core/state';
import { brokerOf, clusterState, eventTypes, eventsOf, inStep, replicaOf, rowOf, storedRecord, timerAt } from '../testkit/stateBuilders.testkit';
import { retentionCheck } from './retention';
import { appendRecord, logEndOffset } from './replicaLog';

/** Topic t with 150-byte segments (two 72-byte records each) and the given config; 6 records written at 0..5 s. */
function retained(config: Record<string, unknown>, hw = 6) {
  const state = clusterState({ topics: [{ name: 't', partitions: 1, replicationFactor: 3, config: { 'segment.bytes': 150, ...config } }] });
  const r = replicaOf(state, 1);
  for (let i = 0; i < 6; i++) appendRecord(r, storedRecord(i, i < 4 ? 0 : 1, { timestampMs: i * 1000 }), 150);
  r.highWatermark = hw;
  return { state, r };
}

function segmentBases(r: ReplicaState): number[] {
  return r.segments.map((s) => s.baseOffset);
}

describe('time retention (retention.ms)', () => {
  it('deletes the segments whose newest record is older than retention.ms; SegmentsDeleted carries the new log start', () => {
    const { state, r } = retained({ 'retention.ms': 10000 });
    inStep(state, 13500);
    retentionCheck(state, brokerOf(state, 1));
    expect(segmentBases(r)).toEqual([4]);
    expect(r.logStartOffset).toBe(4);
    expect(logEndOffset(r)).toBe(6);
    expect(eventsOf(state)).toEqual([expect.objectContaining({ type: 'SegmentsDeleted', topic: 't', partition: 0, broker: 1, offset: 4 })]);
  });

  it('stops at the first segment that must stay, even if later ones are older', () => {
    const { state, r } = retained({ 'retention.ms': 10000 });
    inStep(state, 11500); // segment [0,1] expired (newest 1 s), [2,3] not (newest 3 s)
    retentionCheck(state, brokerOf(state, 1));
    expect(r.logStartOffset).toBe(2);
  });

  it('never deletes a segment not wholly below the HW', () => {
    const { state, r } = retained({ 'retention.ms': 10000 }, 3);
    inStep(state, 60000);
    retentionCheck(state, brokerOf(state, 1));
    expect(r.logStartOffset).toBe(2);
  });

  it('trims the leader-epoch cache to the new log start', () => {
    const { state, r } = retained({ 'retention.ms': 1000 }, 5);
    inStep(state, 60000);
    retentionCheck(state, brokerOf(state, 1));
    expect(r.epochCache).toEqual([[1, 4]]);
  });

  it('nothing expired: a routine row, no event, and the next check one interval later', () => {
    const { state } = retained({});
    inStep(state, 1000);
    retentionCheck(state, brokerOf(state, 1));
    expect(rowOf(state).routine).toBe(true);
    expect(eventTypes(state)).toEqual([]);
    expect(timerAt(state, { type: 'retentionCheck', broker: 1 })?.atMs).toBe(301000);
  });
});

describe('size retention (retention.bytes)', () => {
  it('deletes oldest segments while the log stays at or over retention.bytes without them', () => {
    const { state, r } = retained({ 'retention.bytes': 250 }); // 432 bytes: without [0,1] 288 ≥ 250, without [2,3] 144 < 250
    inStep(state, 6000);
    retentionCheck(state, brokerOf(state, 1));
    expect(segmentBases(r)).toEqual([2, 4]);
  });
});

describe('cleanup.policy=compact', () => {
  it('is not deleted by retention', () => {
    const { state, r } = retained({ 'retention.ms': 1000, 'cleanup.policy': 'compact' });
    inStep(state, 60000);
    retentionCheck(state, brokerOf(state, 1));
    expect(r.logStartOffset).toBe(0);
    expect(eventTypes(state)).toEqual([]);
  });
});
