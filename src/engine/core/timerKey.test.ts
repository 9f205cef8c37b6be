// Timer keys derived from typed timers: one slot per wait, every key belongs to exactly its owner,
// and cancelling by owner stops exactly that owner's timers.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { clusterState, inStep, timerAt } from '../testkit/stateBuilders.testkit';
import { cancelTimer, cancelTimersOf, hasTimer, setTimer } from './context';
import type { Timer } from './events';
import { keyOwner, knownTimerKey, newTimerNames, ownerNumber, type TimerNames, type TimerOwner, timerKey, timerOwner } from './timerKey';

const id = fc.constantFrom('p1', 'p2', 'c1', 'orders-app');
const n = fc.integer({ min: 0, max: 12 });
const timer: fc.Arbitrary<Timer> = fc.oneof(
  fc.record({ type: fc.constant('brokerHeartbeat' as const), broker: n }),
  fc.record({ type: fc.constant('isrExpiration' as const), broker: n }),
  fc.record({ type: fc.constant('fetchWaitExpired' as const), broker: n, requestId: n }),
  fc.record({ type: fc.constant('produceTimeout' as const), broker: n, requestId: n }),
  fc.record({ type: fc.constant('fetchBackoff' as const), broker: n, leader: n }),
  fc.record({ type: fc.constant('alterPartitionTimeout' as const), broker: n, topic: fc.constantFrom('t', 'orders'), partition: n }),
  fc.record({ type: fc.constant('retentionCheck' as const), broker: n }),
  fc.record({ type: fc.constant('leaderImbalanceCheck' as const) }),
  fc.record({ type: fc.constant('lingerExpired' as const), producer: id, batchId: n }),
  fc.record({ type: fc.constant('requestTimeout' as const), producer: id, requestId: n }),
  fc.record({ type: fc.constant('retryBackoff' as const), producer: id, batchId: n }),
  fc.record({ type: fc.constant('deliveryTimeout' as const), producer: id, batchId: n }),
  fc.record({ type: fc.constant('metadataMaxAge' as const), producer: id }),
  fc.record({ type: fc.constant('metadataBackoff' as const), producer: id }),
  fc.record({ type: fc.constant('producerConnect' as const), producer: id, broker: n }),
  fc.record({ type: fc.constant('consumerTimer' as const), consumer: id, kind: fc.constantFrom('start', 'poll', 'processed', 'heartbeat', 'metadataAge') }),
  fc.record({ type: fc.constant('consumerTimer' as const), consumer: id, kind: fc.constant('requestTimeout' as const), ref: n }),
  fc.record({ type: fc.constant('groupTimer' as const), groupId: id, kind: fc.constantFrom('join', 'sync') }),
  fc.record({ type: fc.constant('groupTimer' as const), groupId: id, kind: fc.constant('session' as const), member: id }),
);

/** Whether the timer under this key belongs to this owner. */
const owns = (names: TimerNames, owner: TimerOwner, key: number) => keyOwner(names, key) === ownerNumber(names, owner);

describe('timerKey', () => {
  it('gives distinct timers distinct keys and the same timer the same key', () => {
    const names = newTimerNames();
    fc.assert(
      fc.property(timer, timer, (a, b) => {
        expect(timerKey(names, a) === timerKey(names, b)).toBe(JSON.stringify(a) === JSON.stringify(b));
        expect(timerKey(names, structuredClone(a))).toBe(timerKey(names, a));
      }),
    );
  });

  it('gives every key to its owner, and to no other', () => {
    const names = newTimerNames();
    fc.assert(
      fc.property(timer, timer, (a, b) => {
        const keyA = timerKey(names, a);
        const keyB = timerKey(names, b);
        expect(owns(names, timerOwner(a), keyA)).toBe(true);
        const sameOwner = JSON.stringify(timerOwner(a)) === JSON.stringify(timerOwner(b));
        expect(owns(names, timerOwner(a), keyB)).toBe(sameOwner);
      }),
    );
  });

  it('numbers owners in the order a run first needs them, so two runs (or a replay) agree', () => {
    const timers: Timer[] = [{ type: 'lingerExpired', producer: 'p2', batchId: 4 }, { type: 'brokerHeartbeat', broker: 3 }, { type: 'consumerTimer', consumer: 'p2', kind: 'poll' }];
    const first = newTimerNames();
    const second = newTimerNames();
    expect(timers.map((t) => timerKey(first, t))).toEqual(timers.map((t) => timerKey(second, t)));
    expect(structuredClone(first)).toEqual(second);
  });

  it('has no key for a slot whose owner never had a timer, and does not number it when asked', () => {
    const names = newTimerNames();
    expect(knownTimerKey(names, { type: 'requestTimeout', producer: 'p1', requestId: 1 })).toBeNull();
    expect(ownerNumber(names, { producer: 'p1' })).toBeNull();
    expect(names.producers.size).toBe(0);
    const key = timerKey(names, { type: 'requestTimeout', producer: 'p1', requestId: 1 });
    expect(knownTimerKey(names, { type: 'requestTimeout', producer: 'p1', requestId: 1 })).toBe(key);
    expect(knownTimerKey(names, { type: 'groupTimer', groupId: 'g', kind: 'session', member: 'm-1' })).toBeNull();
  });

  it('keeps one slot for a wait whatever rides along: a session timer of any epoch, a metadata timeout of any request', () => {
    const names = newTimerNames();
    const k = (t: Parameters<typeof timerKey>[1]) => timerKey(names, t);
    expect(k({ type: 'brokerSessionExpired', broker: 2, brokerEpoch: 7 })).toBe(k({ type: 'brokerSessionExpired', broker: 2 }));
    expect(k({ type: 'metadataTimeout', producer: 'p1', requestId: 3 })).toBe(k({ type: 'metadataTimeout', producer: 'p1', requestId: 4 }));
    expect(k({ type: 'consumerTimer', consumer: 'c1', kind: 'pollTimeout' })).toBe(k({ type: 'consumerTimer', consumer: 'c1', kind: 'poll' }));
    expect(k({ type: 'brokerSessionExpired', broker: 2 })).not.toBe(k({ type: 'brokerSessionExpired', broker: 3 }));
  });

  it('keeps keys exact integers for request ids far beyond any run, and says so past them', () => {
    const names = newTimerNames();
    const far = 2 ** 35;
    expect(timerKey(names, { type: 'requestTimeout', producer: 'p1', requestId: far })).not.toBe(timerKey(names, { type: 'requestTimeout', producer: 'p1', requestId: far + 1 }));
    expect(Number.isSafeInteger(timerKey(names, { type: 'consumerTimer', consumer: 'c1', kind: 'requestTimeout', ref: far }))).toBe(true);
    expect(() => timerKey(names, { type: 'requestTimeout', producer: 'p1', requestId: 2 ** 40 })).toThrow(/cannot be numbered/);
    expect(() => timerKey(names, { type: 'lingerExpired', producer: 'p1', batchId: -1 })).toThrow(/cannot be numbered/);
  });
});

describe('a run’s owner room', () => {
  it('keeps the keys of a run of few owners small integers while its ids stay below a million', () => {
    const names = newTimerNames(27); // 9 brokers, 4 producers, 12 consumers, 2 groups: room for 32
    expect(names.ownerRoom).toBe(32);
    const owners = [...Array(27).keys()].map((i) => `c${i}`);
    const keys = owners.map((consumer) => timerKey(names, { type: 'consumerTimer', consumer, kind: 'requestTimeout', ref: 999_999 }));
    expect(Math.max(...keys)).toBeLessThan(2 ** 30);
    expect(new Set(keys).size).toBe(27);
    expect(keys.every((k, i) => keyOwner(names, k) === ownerNumber(names, { consumer: owners[i] }))).toBe(true);
  });

  it('refuses an owner the run did not count, and a run of more owners than any key has room for', () => {
    const names = newTimerNames(1);
    timerKey(names, { type: 'brokerHeartbeat', broker: 1 });
    expect(() => timerKey(names, { type: 'brokerHeartbeat', broker: 2 })).toThrow(/one more/);
    expect(() => newTimerNames(2 ** 12)).toThrow(/cannot have more than/);
  });
});

describe('setting and cancelling typed timers', () => {
  it('replaces a timer set again in its slot: only the newest fires', () => {
    const state = inStep(clusterState(), 100);
    setTimer(state, 500, { type: 'metadataTimeout', producer: 'p1', requestId: 1 });
    setTimer(state, 900, { type: 'metadataTimeout', producer: 'p1', requestId: 2 });
    expect(timerAt(state, { type: 'metadataTimeout', producer: 'p1' })).toEqual({ atMs: 900, timer: { type: 'metadataTimeout', producer: 'p1', requestId: 2 } });
    cancelTimer(state, { type: 'metadataTimeout', producer: 'p1' });
    expect(hasTimer(state, { type: 'metadataTimeout', producer: 'p1' })).toBe(false);
  });

  it('cancels every timer of one producer and nobody else’s', () => {
    const state = inStep(clusterState(), 100);
    const p1: Timer[] = [
      { type: 'lingerExpired', producer: 'p1', batchId: 1 },
      { type: 'deliveryTimeout', producer: 'p1', batchId: 1 },
      { type: 'producerConnect', producer: 'p1', broker: 2 },
    ];
    const others: Timer[] = [
      { type: 'lingerExpired', producer: 'p2', batchId: 1 },
      { type: 'brokerHeartbeat', broker: 1 },
      { type: 'consumerTimer', consumer: 'p1', kind: 'poll' },
    ];
    for (const t of [...p1, ...others]) setTimer(state, 1000, t);
    cancelTimersOf(state, { producer: 'p1' });
    expect(p1.filter((t) => hasTimer(state, t))).toEqual([]);
    expect(others.filter((t) => hasTimer(state, t))).toEqual(others);
  });

  it('cancels a broker’s own timers but not the controller’s session timer for it', () => {
    const state = inStep(clusterState(), 100);
    setTimer(state, 1000, { type: 'fetchBackoff', broker: 1, leader: 2 });
    setTimer(state, 1000, { type: 'fetchBackoff', broker: 10, leader: 2 });
    cancelTimersOf(state, { broker: 1 });
    expect([...state.timers.keys(), ...state.farTimers.keys()].filter((k) => owns(state.timerNames, { broker: 1 }, k))).toEqual([]);
    expect(hasTimer(state, { type: 'fetchBackoff', broker: 10, leader: 2 })).toBe(true);
    expect(hasTimer(state, { type: 'brokerSessionExpired', broker: 1 })).toBe(true);
  });
});
