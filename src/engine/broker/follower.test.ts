// The follower's fetcher (AbstractFetcherThread): append what the leader sends, take the leader's
// HW capped at its own LEO, truncate on a diverging epoch (KIP-320) or below the leader's log start,
// back off after an error, fetch again.
import { describe, expect, it } from 'vitest';
import type { FetchPartitionResp } from '../core/events';
import { appendRecords, brokerOf, clusterState, eventTypes, eventsOf, inStep, mark, replicaOf, rowOf, sentOfType, storedRecord, timerAt } from '../testkit/stateBuilders.testkit';
import { fetchSessionClosed, handleFetchResponse, retryFetch, sendFetch } from './follower';
import { logEndOffset } from './replicaLog';

/** Broker 2 follows broker 1 for t-0; its fetch (request 1, sent at boot) is in flight. */
function follower(records = 0) {
  const state = inStep(clusterState(), 100);
  const r = replicaOf(state, 2);
  appendRecords(r, records);
  return { state, r, broker: brokerOf(state, 2) };
}

function answer(p: Partial<FetchPartitionResp>, requestId = 1) {
  const partition: FetchPartitionResp = { topic: 't', partition: 0, error: null, records: [], highWatermark: 0, logStartOffset: 0, logEndOffset: 0, divergingEpoch: null, ...p };
  return { type: 'FetchResponse' as const, requestId, partitions: [partition] };
}

describe('a fetch response with records', () => {
  it('appends the new records (one RecordReplicated each) and fetches again from the new LEO', () => {
    const { state, r, broker } = follower(1);
    const since = mark(state);
    handleFetchResponse(state, broker, 1, answer({ records: [storedRecord(1), storedRecord(2)], highWatermark: 1 }));
    expect(eventsOf(state)).toEqual([
      expect.objectContaining({ type: 'RecordReplicated', topic: 't', partition: 0, broker: 2, offset: 1 }),
      expect.objectContaining({ type: 'RecordReplicated', offset: 2 }),
    ]);
    expect(logEndOffset(r)).toBe(3);
    expect(r.log.get(2).sendRef).toBe('p1#2');
    expect(sentOfType(state, since, 'FetchRequest')).toEqual([expect.objectContaining({ replicaId: 2, partitions: [expect.objectContaining({ fetchOffset: 3, lastFetchedEpoch: 0 })] })]);
  });

  it('skips records it already has (an overlapping answer)', () => {
    const { state, r, broker } = follower(2);
    handleFetchResponse(state, broker, 1, answer({ records: [storedRecord(1), storedRecord(2)] }));
    expect(eventsOf(state).map((e) => e.offset)).toEqual([2]);
    expect(logEndOffset(r)).toBe(3);
  });

  it("takes the leader's HW, but never above its own LEO", () => {
    const { state, r, broker } = follower(2);
    handleFetchResponse(state, broker, 1, answer({ highWatermark: 5 }));
    expect(r.highWatermark).toBe(2);
    expect(eventTypes(state)).toEqual([]); // a follower's HW moving is not HighWatermarkAdvanced: that is the leader's
  });

  it("follows the leader's HW down after a leader change (UnifiedLog.updateHighWatermark)", () => {
    const { state, r, broker } = follower(5);
    r.highWatermark = 4;
    handleFetchResponse(state, broker, 1, answer({ highWatermark: 2 }));
    expect(r.highWatermark).toBe(2);
  });

  it('a response to an earlier request than the one in flight is ignored', () => {
    const { state, r, broker } = follower();
    handleFetchResponse(state, broker, 1, answer({ records: [storedRecord(0)] }, 99));
    expect(logEndOffset(r)).toBe(0);
    expect(rowOf(state).output).toBe('Ignored');
  });
});

describe('truncation', () => {
  it('a diverging epoch truncates the log to where that epoch ends on the leader (LogTruncated)', () => {
    const { state, r, broker } = follower(5);
    handleFetchResponse(state, broker, 1, answer({ divergingEpoch: { epoch: 0, endOffset: 3 } }));
    expect(logEndOffset(r)).toBe(3);
    expect(eventsOf(state)).toEqual([expect.objectContaining({ type: 'LogTruncated', topic: 't', partition: 0, broker: 2, offset: 3, detail: '2 record(s) removed' })]);
  });

  it('truncates no further than its own end of that epoch', () => {
    const { state, r, broker } = follower(2);
    appendRecords(r, 2, 1); // epoch 0 ends at 2 here
    handleFetchResponse(state, broker, 1, answer({ divergingEpoch: { epoch: 0, endOffset: 3 } }));
    expect(logEndOffset(r)).toBe(2);
  });

  it('OFFSET_OUT_OF_RANGE below the leader’s log start: the log restarts at the leader’s log start', () => {
    const { state, r, broker } = follower(2);
    handleFetchResponse(state, broker, 1, answer({ error: 'OFFSET_OUT_OF_RANGE', logStartOffset: 10, highWatermark: 12 }));
    expect({ start: r.logStartOffset, leo: logEndOffset(r), hw: r.highWatermark }).toEqual({ start: 10, leo: 10, hw: 10 });
  });

  it("OFFSET_OUT_OF_RANGE above the leader's end: truncated to the leader's log end, not its HW (fetchOffsetAndTruncate)", () => {
    const { state, r, broker } = follower(5);
    handleFetchResponse(state, broker, 1, answer({ error: 'OFFSET_OUT_OF_RANGE', highWatermark: 2, logEndOffset: 3 }));
    expect(logEndOffset(r)).toBe(3);
  });
});

describe('errors and retries', () => {
  it('any other error closes the fetch session for replica.fetch.backoff.ms (1000 ms)', () => {
    const { state, broker } = follower();
    const since = mark(state);
    handleFetchResponse(state, broker, 1, answer({ error: 'NOT_LEADER_OR_FOLLOWER' }));
    expect(sentOfType(state, since, 'FetchRequest')).toEqual([]);
    expect(broker.fetchSessions['1'].inFlight).toBe(true);
    expect(timerAt(state, { type: 'fetchBackoff', broker: 2, leader: 1 })).toEqual({ atMs: 1100, timer: { type: 'fetchBackoff', broker: 2, leader: 1 } });
  });

  it('a lost connection backs off the same way', () => {
    const { state, broker } = follower();
    fetchSessionClosed(state, broker, 1);
    expect(timerAt(state, { type: 'fetchBackoff', broker: 2, leader: 1 })?.atMs).toBe(1100);
  });

  it('after the backoff (or no answer) the fetch is sent again', () => {
    const { state, broker } = follower();
    const since = mark(state);
    retryFetch(state, broker, 1);
    expect(rowOf(state).output).toBe('Sending the fetch again');
    expect(sentOfType(state, since, 'FetchRequest')).toHaveLength(1);
    expect(broker.fetchSessions['1']).toEqual({ inFlight: true, requestId: sentOfType(state, since, 'FetchRequest')[0].requestId });
  });

  it('nothing left to follow on that leader ends the session', () => {
    const { state, r, broker } = follower();
    r.role = 'leader';
    expect(sendFetch(state, broker, 1)).toBe(false);
    expect(broker.fetchSessions['1']).toBeUndefined();
  });
});
