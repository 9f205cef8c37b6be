// The packed form of a block of steps' events: every plain value comes back exactly (key order,
// undefined, -0, NaN, big and fractional numbers, nested arrays and objects, any string), and
// anything else is refused rather than changed.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { packedBytes, packSteps, unpackSteps } from './packedSteps';

const key = fc.oneof(fc.constantFrom('type', 'step', 'timeMs', 'topic', 'offset', 'detail', '0', '12'), fc.string()).filter((k) => k !== '__proto__');
const leaf = fc.oneof(
  fc.constant(undefined), fc.constant(null), fc.boolean(),
  fc.integer({ min: -1_000_000, max: 10_000_000 }), fc.double(), fc.maxSafeInteger(),
  fc.string(), fc.string({ unit: 'binary' }), fc.string({ unit: fc.integer({ min: 0xd800, max: 0xdfff }).map((c) => String.fromCharCode(c)) }),
  fc.constantFrom('149→151', 'orders', '#519', ''),
);
const { value } = fc.letrec<{ value: unknown }>((tie) => ({
  value: fc.oneof({ depthSize: 'small', withCrossShrink: true }, leaf, fc.array(tie('value'), { maxLength: 4 }), fc.dictionary(key, tie('value'), { maxKeys: 4, noNullPrototype: true })),
}));
const event = fc.record({ type: fc.constantFrom('RecordAppended', 'IsrShrunk', 'Future'), step: fc.nat(), timeMs: fc.nat() }).chain((base) =>
  fc.dictionary(key, value, { maxKeys: 6, noNullPrototype: true }).map((extra) => ({ ...base, ...extra })),
);
const steps = fc.array(fc.array(event, { maxLength: 4 }), { minLength: 1, maxLength: 40 });

describe('packSteps', () => {
  it('gives back random events exactly, key order included', () => {
    fc.assert(
      fc.property(steps, (s) => {
        const packed = packSteps(s);
        expect(packed).not.toBeNull();
        const back = unpackSteps(packed!);
        expect(back).toStrictEqual(s);
        expect(back.map((events) => events.map((e) => Object.keys(e as object)))).toEqual(s.map((events) => events.map((e) => Object.keys(e))));
      }),
      { numRuns: 300 },
    );
  });

  it('keeps numbers bit for bit: -0, NaN, infinities, fractions, integers past 2^48', () => {
    const numbers = [-0, Number.NaN, Number.POSITIVE_INFINITY, -1.5, 2 ** 49 + 1, -(2 ** 53), 2 ** 48, -(2 ** 48), 0, 7];
    const s = [numbers.map((n, i) => ({ type: 'X', step: i, n, list: [n] }))];
    const back = unpackSteps(packSteps(s)!) as typeof s;
    expect(back[0].map((e) => e.n)).toStrictEqual(numbers);
    expect(back[0].map((e) => Object.is(e.list[0], e.n))).toEqual(numbers.map(() => true));
  });

  it('refuses what it could not restore exactly: a Map, a typed array, a bigint, a sparse array, a class instance, a __proto__ key', () => {
    const sparse: number[] = new Array(3);
    sparse[2] = 1;
    const odd: unknown[] = [new Map(), new Uint8Array(2), 10n, sparse, new (class Move {})(), JSON.parse('{"__proto__": 1}'), () => 1];
    for (const v of odd) expect(packSteps([[{ type: 'X', step: 1, v }]])).toBeNull();
  });

  it('packs event-like steps into a few bytes each (interned strings, small integer differences)', () => {
    const s = Array.from({ length: 1024 }, (_, i) => [
      { type: 'RecordAppended', topic: 'orders', partition: i % 12, broker: 1 + (i % 5), producer: 'p1', offset: 1000 + i, step: 5000 + i, timeMs: 2000 + 5 * i },
      { type: 'HighWatermarkAdvanced', topic: 'orders', partition: i % 12, broker: 1 + (i % 5), offset: 1001 + i, detail: `${1000 + i}→${1001 + i}`, step: 5000 + i, timeMs: 2000 + 5 * i },
    ]);
    const packed = packSteps(s)!;
    expect(unpackSteps(packed)).toStrictEqual(s);
    expect(packedBytes(packed) / s.length).toBeLessThan(JSON.stringify(s).length / s.length / 6);
  });
});
