import { describe, expect, it } from 'vitest';
import { cloneState, snapshotState } from './clone';
import { CowArray } from './cowArray';
import type { QueuedBody } from './events';
import { SharedLog } from './sharedLog';

function live() {
  return {
    step: 1,
    brokers: [{ id: 1, isr: [1, 2], meta: { leader: 1 } }, { id: 2, isr: [1, 2], meta: { leader: 1 } }],
    timers: new Map([['a', 1]]),
    log: new SharedLog<number>([1, 2], 2),
    sends: new CowArray([10, 20]),
  };
}

describe('snapshotState', () => {
  it('equals a deep copy, and later changes to the live state do not reach it', () => {
    const state = live();
    const first = snapshotState(state, undefined);
    state.brokers[0].isr.push(3);
    state.timers.set('b', 2);
    state.log.append(3);
    state.sends.set(0, 11);
    const second = snapshotState(state, first);
    expect(JSON.stringify({ ...first, timers: [...first.timers], sends: first.sends.items(), log: first.log.slice(0) })).toBe(
      JSON.stringify({ ...live(), timers: [['a', 1]], sends: [10, 20], log: [1, 2] }),
    );
    expect(second.brokers[0].isr).toEqual([1, 2, 3]);
    expect([...second.timers]).toEqual([['a', 1], ['b', 2]]);
    expect(second.sends.items()).toEqual([11, 20]);
    expect(second.log.slice(0)).toEqual([1, 2, 3]);
    expect(cloneState(second).brokers).toEqual(second.brokers);
  });

  it('shares with the previous snapshot every part that did not change', () => {
    const state = live();
    const first = snapshotState(state, undefined);
    state.brokers[0].meta.leader = 2;
    const second = snapshotState(state, first);
    expect(second.brokers[1]).toBe(first.brokers[1]);
    expect(second.brokers[0].isr).toBe(first.brokers[0].isr);
    expect(second.brokers[0]).not.toBe(first.brokers[0]);
    expect(second.brokers[0].meta).toEqual({ leader: 2 });
    expect(second.timers).toBe(first.timers);
    expect(second.log).toBe(first.log);
    expect(first.brokers[0].meta).toEqual({ leader: 1 });
  });

  it('notices a key added or removed', () => {
    const a = snapshotState({ x: 1 } as Record<string, number>, undefined);
    expect(snapshotState({ x: 1, y: 2 } as Record<string, number>, a)).toEqual({ x: 1, y: 2 });
    expect(snapshotState({} as Record<string, number>, a)).toEqual({});
    expect(snapshotState({ x: 1 } as Record<string, number>, a)).toBe(a);
  });
});

describe('queuedEntry', () => {
  it('freezes a queued event all the way down under the guard, else not at all; a checkpoint shares it either way', async () => {
    const { freezeGuard } = await import('./freeze');
    const { queuedEntry } = await import('./queued');
    const was = freezeGuard.deep;
    const body = (): QueuedBody => ({ kind: 'deliver', msg: { id: 1, from: 'p1', to: 'broker-1', sentAtMs: 0, deliverAtMs: 5, body: { type: 'ConnectionClosed', requestIds: [] } } });
    try {
      freezeGuard.deep = false;
      const plain = queuedEntry(5, 1, 7, body());
      expect(Object.isFrozen(plain)).toBe(false);
      expect(snapshotState({ queue: [plain] }, undefined).queue[0]).toBe(plain);
      freezeGuard.deep = true;
      const deep = queuedEntry(5, 1, 8, body());
      expect(Object.isFrozen(deep)).toBe(true);
      expect(deep.body.kind === 'deliver' && Object.isFrozen(deep.body.msg)).toBe(true);
      expect(snapshotState({ queue: [deep] }, undefined).queue[0]).toBe(deep);
    } finally {
      freezeGuard.deep = was;
    }
  });
});
