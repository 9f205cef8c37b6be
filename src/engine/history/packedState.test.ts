import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { cloneState } from '../core/clone';
import { CowArray } from '../core/cowArray';
import { SharedLog } from '../core/sharedLog';
import { StatePacker } from './packedState';

const kept = Object.freeze({ name: 'scenario', topics: Object.freeze(['t']) });

function live() {
  const meta = Object.freeze({ leader: 1, isr: Object.freeze([1, 2]) });
  return {
    scenario: kept,
    step: 7,
    timeMs: 1.5,
    minus: -0,
    nan: Number.NaN,
    big: 2 ** 50 + 3,
    negative: -123456,
    gone: undefined,
    none: null,
    flags: [true, false],
    queue: [Object.freeze({ atMs: 10, seq: 3, body: Object.freeze({ kind: 'timer' }) }), Object.freeze({ atMs: 12, seq: 4, body: Object.freeze({ kind: 'deliver' }) })],
    controller: { p0: meta },
    cache: { p0: meta },
    timers: new Map([['a', 1], ['b', 2]]),
    sends: new CowArray([{ i: 0 }, { i: 1 }]),
    log: new SharedLog<number>([1, 2], 2),
  };
}

describe('a packed state', () => {
  it('unpacks to what cloneState copies: values, key order, frozen parts frozen', () => {
    const packer = new StatePacker((o) => o === kept);
    const state = live();
    const copy = packer.unpack<ReturnType<typeof live>>(packer.pack(state));
    const clone = cloneState(state);
    expect(Object.keys(copy)).toEqual(Object.keys(clone));
    expect(Object.is(copy.minus, -0)).toBe(true);
    expect(copy.nan).toBeNaN();
    expect([copy.big, copy.negative, copy.timeMs, copy.gone, copy.none]).toEqual([2 ** 50 + 3, -123456, 1.5, undefined, null]);
    expect(copy.queue).toEqual(clone.queue);
    expect(Object.isFrozen(copy.queue[0]) && Object.isFrozen(copy.queue[0].body)).toBe(true);
    expect([...copy.timers]).toEqual([...clone.timers]);
    expect(copy.sends.items()).toEqual(state.sends.items());
    expect(copy.log.slice(0)).toEqual([1, 2]);
  });

  it('keeps what the caller keeps by reference, and a frozen value met twice as one object', () => {
    const packer = new StatePacker((o) => o === kept);
    const copy = packer.unpack<ReturnType<typeof live>>(packer.pack(live()));
    expect(copy.scenario).toBe(kept);
    expect(copy.cache.p0).toBe(copy.controller.p0);
    expect(copy.controller.p0.isr).toEqual([1, 2]);
  });

  it('is a copy: writing to the unpacked state or the live one changes neither the other nor the packed one', () => {
    const packer = new StatePacker();
    const state = live();
    const packed = packer.pack(state);
    const copy = packer.unpack<ReturnType<typeof live>>(packed);
    copy.sends.set(0, { i: 99 });
    copy.log.append(3);
    state.sends.set(1, { i: -1 });
    const again = packer.unpack<ReturnType<typeof live>>(packed);
    expect(again.sends.items()).toEqual([{ i: 0 }, { i: 1 }]);
    expect(again.log.slice(0)).toEqual([1, 2]);
    expect(state.sends.get(0)).toEqual({ i: 0 });
  });

  it('gives back any plain data exactly, integers in fields written as differences', () => {
    const packer = new StatePacker();
    const plain = fc.letrec((tie) => ({
      value: fc.oneof(
        { depthSize: 'small' },
        fc.integer(),
        fc.double(),
        fc.constantFrom(0, -0, 2 ** 47, -(2 ** 48), 2 ** 53 - 1, 127, 128, -112, -113),
        fc.string(),
        fc.boolean(),
        fc.constant(null),
        fc.array(tie('value'), { maxLength: 4 }),
        fc.dictionary(fc.constantFrom('a', 'b', 'offset', 'seq'), tie('value'), { maxKeys: 4 }),
      ),
    })).value;
    fc.assert(
      fc.property(fc.array(plain, { maxLength: 6 }), (states) => {
        for (const state of states) expect(packer.unpack(packer.pack({ state, again: state }))).toEqual({ state, again: state });
      }),
      { numRuns: 200 },
    );
  });
});
