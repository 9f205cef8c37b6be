// The streamed document is JSON.stringify's text, byte for byte, however it is cut into pieces.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { writeJson } from './writeJson';

function written(value: unknown): { text: string; pieces: (string | Uint8Array)[] } {
  const pieces: (string | Uint8Array)[] = [];
  writeJson(value, (piece) => pieces.push(piece));
  const decoder = new TextDecoder();
  return { text: pieces.map((p) => (typeof p === 'string' ? p : decoder.decode(p))).join(''), pieces };
}

describe('writeJson', () => {
  it('writes what JSON.stringify writes, for any JSON value', () => {
    fc.assert(fc.property(fc.jsonValue(), (value) => written(value).text === JSON.stringify(value)));
  });

  it('leaves out fields without JSON and writes null for such items, as JSON.stringify does', () => {
    const doc = { a: undefined, b: () => 1, c: [undefined, () => 1, 1], d: { e: undefined, f: 2 }, g: new Number(3), h: new Date(0), i: new Map([[1, 2]]), 'k"\u2028': 'é\n' };
    expect(written(doc).text).toBe(JSON.stringify(doc));
    expect(written({ a: undefined }).text).toBe('{}');
  });

  it('cuts a long list into slices and a large document into several writes', () => {
    const doc = { trace: Array.from({ length: 100_000 }, (_, i) => ({ step: i + 1, action: i % 3 === 0 ? undefined : `row ${i}` })), holes: Object.assign(new Array(20_000), { 7: 'x' }) };
    const { text, pieces } = written(doc);
    expect(text).toBe(JSON.stringify(doc));
    expect(pieces.length).toBeGreaterThan(5);
  });

  it('writes a list shared by several fields each time it is met', () => {
    const records = [{ offset: 0, key: null, value: 'a', gone: undefined }, { offset: 1, key: 'k', value: 'b' }];
    const doc = { partitions: [{ replicaLogs: { 1: { records }, 2: { records }, 3: { records: [...records, undefined] } } }, { again: records }] };
    expect(written(doc).text).toBe(JSON.stringify(doc));
  });

  it('writes a long list met again as the same bytes, encoded once', () => {
    const records = Array.from({ length: 5_000 }, (_, i) => ({ offset: i, key: `k${i}`, value: 'é' }));
    const doc = { partitions: [{ replicaLogs: { 1: { records }, 2: { records } } }] };
    const { text, pieces } = written(doc);
    expect(text).toBe(JSON.stringify(doc));
    const bytes = pieces.filter((p) => typeof p !== 'string');
    expect(bytes).toHaveLength(2);
    expect(bytes[1]).toBe(bytes[0]);
  });
});
