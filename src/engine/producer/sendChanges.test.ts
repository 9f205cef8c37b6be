// A producer's sends are replaced, frozen, never changed in place; the counts by status follow them.
import { describe, expect, it } from 'vitest';
import { clusterState, inStep, producerOf } from '../testkit/stateBuilders.testkit';
import { produce } from './accumulator';
import { changeSend, hasPendingSend, sendAt, updateSends } from './sendChanges';

function producerWithSends(values: string[]) {
  const state = inStep(clusterState({ producers: [{ id: 'p1', config: { 'linger.ms': 50 } }] }), 100);
  for (const v of values) produce(state, producerOf(state), 't', null, v, 0);
  return producerOf(state);
}

describe('a producer’s sends', () => {
  it('are replaced by a frozen copy with the changes, and the copy before stays as it was', () => {
    const p = producerWithSends(['a']);
    const before = sendAt(p, 0);
    const after = changeSend(p, 0, { status: 'acked', offset: 7 });
    expect(after).not.toBe(before);
    expect(Object.isFrozen(after)).toBe(true);
    expect(sendAt(p, 0)).toBe(after);
    expect([after.status, after.offset, after.value, after.attempts]).toEqual(['acked', 7, 'a', before.attempts]);
    expect([before.status, before.offset]).toEqual(['pending', null]);
  });

  it('move the counts by status with them, a batch at a time', () => {
    const p = producerWithSends(['a', 'b']);
    const batch = p.batches[0];
    expect(batch.sends).toEqual([0, 1]);
    expect(hasPendingSend(p, batch)).toBe(true);
    updateSends(p, batch, { status: 'failed', error: 'REQUEST_TIMED_OUT' });
    expect(p.sendStatusCounts).toEqual({ pending: 0, acked: 0, failed: 2 });
    expect(hasPendingSend(p, batch)).toBe(false);
    expect(sendAt(p, 1).error).toBe('REQUEST_TIMED_OUT');
  });

  it('name the producer and the index when a send is not there', () => {
    const p = producerWithSends([]);
    expect(() => sendAt(p, 3)).toThrow('Producer p1 has no send #3');
  });
});
