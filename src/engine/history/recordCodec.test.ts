import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { RecordShapes, RecordWriter, readRecords } from './recordCodec';

function roundTrip(items: readonly (object | undefined)[], shapes = new RecordShapes()): { back: (object | undefined)[]; bytes: number } {
  const w = new RecordWriter(shapes);
  for (const item of items) {
    if (item === undefined) w.hole();
    else w.record(item);
  }
  const data = w.bytes();
  const back: (object | undefined)[] = [];
  readRecords(data, shapes, items.length, (item) => back.push(item));
  return { back, bytes: data.byteLength };
}

const send = (i: number) => ({
  index: i, topic: 'orders', key: `p1-${i}`, value: `order-${i}`, partition: i % 12, offset: i % 3 === 0 ? null : 1000 + i,
  status: i % 5 === 0 ? 'failed' : 'acked', error: i % 5 === 0 ? 'NOT_ENOUGH_REPLICAS' : null, attempts: 1 + (i % 2), createdMs: 30_000 + i * 3, sizeBytes: 87,
});

describe('packed records', () => {
  it('give back equal records, holes and key order included, a few bytes each', () => {
    const items = Array.from({ length: 300 }, (_, i) => (i % 50 === 7 ? undefined : send(i)));
    const { back, bytes } = roundTrip(items);
    expect(back).toEqual(items);
    for (let i = 0; i < items.length; i++) if (items[i]) expect(Object.keys(back[i]!)).toEqual(Object.keys(items[i]!));
    // Strings written against the last one's start, integers as differences: not ~130 bytes an object.
    expect(bytes / items.length).toBeLessThan(30);
  });

  it('keep every kind of field value exactly, across shapes that change', () => {
    const value = fc.oneof(
      fc.constant(null),
      fc.constant(undefined),
      fc.boolean(),
      fc.integer(),
      fc.double(),
      fc.constantFrom(0, -0, 2 ** 48, -(2 ** 53), 2 ** 60, Number.NaN, Number.POSITIVE_INFINITY),
      fc.string({ unit: 'binary' }),
      fc.constantFrom('order-1', 'order-10', 'order-1', 'ordre', ''),
    );
    const record = fc.oneof(
      fc.record({ a: value, b: value, c: value }),
      fc.record({ b: value, a: value }),
      fc.dictionary(fc.constantFrom('x', 'y', 'z', 'index'), value),
    );
    fc.assert(
      fc.property(fc.array(fc.option(record, { nil: undefined }), { maxLength: 80 }), (items) => {
        const { back } = roundTrip(items);
        expect(back.length).toBe(items.length);
        for (let i = 0; i < items.length; i++) {
          if (items[i] === undefined) expect(back[i]).toBeUndefined();
          else {
            expect(Object.keys(back[i]!)).toEqual(Object.keys(items[i]!));
            for (const key of Object.keys(items[i]!)) expect(Object.is((back[i] as Record<string, unknown>)[key], (items[i] as Record<string, unknown>)[key])).toBe(true);
          }
        }
      }),
      { numRuns: 300 },
    );
  });

  it('number shapes once for every run written with the same table', () => {
    const shapes = new RecordShapes();
    roundTrip([send(1), send(2)], shapes);
    expect(roundTrip([send(3)], shapes).back).toEqual([send(3)]);
    expect(shapes.keys).toHaveLength(1);
  });

  it('name a field value it cannot pack', () => {
    const w = new RecordWriter(new RecordShapes());
    expect(() => w.record({ nested: { a: 1 } })).toThrow(/strings, numbers, booleans and null, not object/);
  });
});
