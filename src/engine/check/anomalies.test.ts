// The anomaly checker follows a step's events: what it reports comes from the appends, acks, HW
// moves and leader changes the events name, checked against the state after the step.
import { describe, expect, it } from 'vitest';
import type { SimEvent, SimEventInput } from '../view.types';
import { appendRecords, clusterState, inStep, replicaOf, storedRecord } from '../testkit/stateBuilders.testkit';
import { appendRecord, truncateTo } from '../broker/replicaLog';
import { checkStep } from './anomalies';

const at = (state: { step: number; timeMs: number }, e: SimEventInput): SimEvent => ({ ...e, step: state.step, timeMs: state.timeMs }) as SimEvent;

describe('the anomaly checker, reading events', () => {
  it('reports a lost write when the partition gets a new leader without an acknowledged record', () => {
    const state = inStep(clusterState(), 10);
    appendRecords(replicaOf(state, 1), 2);
    checkStep(state, [
      at(state, { type: 'ProduceAcked', producer: 'p1', topic: 't', partition: 0, offset: 1, send: 1 }),
    ]);
    expect(state.checker.anomalies).toEqual([]);
    inStep(state, 20);
    state.controller.partitions['t-0'] = { ...state.controller.partitions['t-0'], leader: 2, leaderEpoch: 1 };
    checkStep(state, [at(state, { type: 'LeaderElected', topic: 't', partition: 0, broker: 2, detail: 'unclean', leader: 2, leaderEpoch: 1, isr: [2] })]);
    expect(state.checker.anomalies).toEqual([
      expect.objectContaining({ kind: 'lost-write', step: state.step, detail: expect.stringContaining('was acknowledged at t-0 offset 1') }),
    ]);
  });

  it('does not look at a partition no event names: the lost write waits for the event that loses it', () => {
    const state = inStep(clusterState(), 10);
    appendRecords(replicaOf(state, 1), 2);
    checkStep(state, [at(state, { type: 'ProduceAcked', producer: 'p1', topic: 't', partition: 0, offset: 1, send: 1 })]);
    inStep(state, 20);
    truncateTo(replicaOf(state, 1), 1);
    checkStep(state, []);
    expect(state.checker.anomalies).toEqual([]);
    checkStep(state, [at(state, { type: 'LogTruncated', topic: 't', partition: 0, broker: 1, offset: 1, detail: '1 record(s) removed' })]);
    expect(state.checker.anomalies.map((a) => a.kind)).toEqual(['lost-write']);
  });

  it('reports inconsistent offsets when a leader appends a different record where a visible one was', () => {
    const state = inStep(clusterState(), 10);
    const r = replicaOf(state, 1);
    appendRecords(r, 1);
    checkStep(state, [at(state, { type: 'HighWatermarkAdvanced', topic: 't', partition: 0, broker: 1, offset: 1, from: 0, detail: '0→1' })]);
    inStep(state, 20);
    truncateTo(r, 0);
    appendRecord(r, storedRecord(0, 1, { sendRef: 'p1#7' }), 1 << 30);
    checkStep(state, [at(state, { type: 'RecordAppended', topic: 't', partition: 0, broker: 1, producer: 'p1', offset: 0 })]);
    expect(state.checker.anomalies).toEqual([expect.objectContaining({ kind: 'inconsistent-offsets', detail: expect.stringContaining('t-0 offset 0 held') })]);
  });

  it('reports a record stored twice when its retry is appended while the first copy is still there', () => {
    const state = inStep(clusterState(), 10);
    const r = replicaOf(state, 1);
    appendRecords(r, 1, 0, { sendRef: 'p1#0' });
    checkStep(state, [at(state, { type: 'RecordAppended', topic: 't', partition: 0, broker: 1, producer: 'p1', offset: 0 })]);
    inStep(state, 20);
    appendRecord(r, storedRecord(1, 0, { sendRef: 'p1#0' }), 1 << 30);
    checkStep(state, [at(state, { type: 'RecordAppended', topic: 't', partition: 0, broker: 1, producer: 'p1', offset: 1 })]);
    expect(state.checker.anomalies.map((a) => a.kind)).toEqual(['duplicate']);
  });

  it('reports a send stored after a later send of the same key from the same producer, and only then', () => {
    const state = inStep(clusterState(), 10);
    const r = replicaOf(state, 1);
    const append = (offset: number, sendRef: string, key: string, producer = 'p1') => {
      appendRecord(r, storedRecord(offset, 0, { sendRef, key }), 1 << 30);
      checkStep(state, [at(state, { type: 'RecordAppended', topic: 't', partition: 0, broker: 1, producer, offset })]);
    };
    append(0, 'p1#5', 'a');
    append(1, 'p1#3', 'b'); // another key: no order to keep
    append(2, 'p2#1', 'a', 'p2'); // another producer's key 'a'
    expect(state.checker.anomalies).toEqual([]);
    append(3, 'p1#4', 'a');
    expect(state.checker.anomalies).toEqual([expect.objectContaining({ kind: 'reordered', detail: expect.stringContaining("later send of key 'a' from p1") })]);
  });
});
