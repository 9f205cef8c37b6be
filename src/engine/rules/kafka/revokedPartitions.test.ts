import { describe, expect, it } from 'vitest';
import { revokedPartitions } from './revokedPartitions';

const tp = (partition: number) => ({ topic: 't', partition });

describe('revokedPartitions', () => {
  it('lists owned − assigned per previous member; a member missing from the new assignment loses all', () => {
    const out = revokedPartitions({ b: [tp(2)], a: [tp(0), tp(1)] }, { a: [tp(0)], c: [tp(3)] });
    expect(out).toEqual({ a: [tp(1)], b: [tp(2)] });
    expect(Object.keys(out)).toEqual(['a', 'b']);
  });

  it('is empty when nothing moves', () => {
    expect(revokedPartitions({ a: [tp(0)] }, { a: [tp(0)] })).toEqual({ a: [] });
  });
});
