// Far timers wait outside the heap, yet the timers fire in exactly the order one heap would give:
// by time, then by the order they were set; a cancelled or replaced timer never fires.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { clusterState } from '../testkit/stateBuilders.testkit';
import { cancelTimer, schedule, setTimer } from './context';
import type { Timer } from './events';
import { FAR_MS, peekQueue } from './farTimers';
import { heapPop } from './heap';
import type { SimState } from './state';

type Op = { set: number; afterMs: number } | { cancel: number } | { fire: number } | { message: number; afterMs: number };

const slot = (n: number): Timer => ({ type: 'requestTimeout', producer: 'p1', requestId: n });

/** A state whose queue holds nothing yet (a new cluster queues its first heartbeats and script lines). */
function quietState(): SimState {
  const state = clusterState({ producers: [{ id: 'p1' }] });
  state.queue = [];
  state.timers = new Map();
  state.farTimers = new Map();
  state.farDueMs = Number.POSITIVE_INFINITY;
  return state;
}

/** Fires up to `count` timers as the step loop does: stale entries are skipped, time moves to each one fired. */
function fire(state: SimState, count: number): number[] {
  const fired: number[] = [];
  while (fired.length < count) {
    const next = peekQueue(state);
    if (!next) break;
    heapPop(state.queue);
    if (next.body.kind === 'deliver') {
      state.timeMs = next.atMs;
      fired.push(next.body.msg.id);
      continue;
    }
    if (next.body.kind !== 'timer' || state.timers.get(next.body.key) !== next.seq) continue;
    state.timers.delete(next.body.key);
    state.timeMs = next.atMs;
    fired.push((next.body.timer as { requestId: number }).requestId);
  }
  return fired;
}

/** The same operations on a plain list of the live timers, fired by (time, order set). */
function model(ops: Op[]): number[][] {
  let live: { n: number; atMs: number; order: number }[] = [];
  let now = 0;
  let order = 0;
  const out: number[][] = [];
  for (const op of ops) {
    if ('set' in op) {
      live = live.filter((t) => t.n !== op.set);
      live.push({ n: op.set, atMs: now + op.afterMs, order: order++ });
    } else if ('cancel' in op) {
      live = live.filter((t) => t.n !== op.cancel);
    } else if ('message' in op) {
      live.push({ n: op.message, atMs: now + op.afterMs, order: order++ });
    } else {
      live.sort((a, b) => a.atMs - b.atMs || a.order - b.order);
      const fired = live.splice(0, op.fire);
      if (fired.length > 0) now = fired[fired.length - 1].atMs;
      out.push(fired.map((t) => t.n));
    }
  }
  return out;
}

const delay = fc.oneof(fc.integer({ min: 0, max: 50 }), fc.integer({ min: FAR_MS - 10, max: FAR_MS + 10 }), fc.integer({ min: 20_000, max: 40_000 }));
const op: fc.Arbitrary<Op> = fc.oneof(
  fc.record({ set: fc.integer({ min: 0, max: 12 }), afterMs: delay }),
  fc.record({ cancel: fc.integer({ min: 0, max: 12 }) }),
  fc.record({ fire: fc.integer({ min: 1, max: 4 }) }),
  // A message in flight, due at any time: the heap holds more than near timers.
  fc.record({ message: fc.integer({ min: 100, max: 10_000 }), afterMs: fc.integer({ min: 0, max: 60_000 }) }),
);

describe('far timers', () => {
  it('fire in the order one heap would fire them, cancelled and replaced ones never', () => {
    fc.assert(
      fc.property(fc.array(op, { maxLength: 60 }), (ops) => {
        const state = quietState();
        const out: number[][] = [];
        for (const o of ops) {
          if ('set' in o) setTimer(state, state.timeMs + o.afterMs, slot(o.set));
          else if ('cancel' in o) cancelTimer(state, slot(o.cancel));
          else if ('message' in o) schedule(state, state.timeMs + o.afterMs, { kind: 'deliver', msg: { id: o.message, from: 'p1', to: 'broker-1', sentAtMs: state.timeMs, deliverAtMs: state.timeMs + o.afterMs, body: { type: 'ConnectionClosed', requestIds: [] } } });
          else out.push(fire(state, o.fire));
        }
        out.push(fire(state, Number.POSITIVE_INFINITY));
        expect(out).toEqual(model([...ops, { fire: Number.MAX_SAFE_INTEGER }]));
      }),
      { numRuns: 1000 },
    );
  });

  it('keeps a timer due far ahead out of the heap, and a cancelled one leaves nothing behind', () => {
    const state = quietState();
    setTimer(state, 30_000, slot(1));
    setTimer(state, 10, slot(2));
    expect(state.queue).toHaveLength(1);
    expect(state.farTimers.size).toBe(1);
    cancelTimer(state, slot(1));
    expect(state.farTimers.size).toBe(0);
    expect(fire(state, 5)).toEqual([2]);
  });
});
