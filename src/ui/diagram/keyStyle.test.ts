import { describe, expect, it } from 'vitest';
import { KEY_COLOURS, keyClass, keyColour, keyCue, recordLabel } from './keyStyle';

describe('key colours and cues', () => {
  it('gives a key the same colour every time, and keyless records none', () => {
    expect(keyColour('alice')).toBe(keyColour('alice'));
    expect(keyColour(null)).toBeNull();
    expect(keyClass(null)).toBe('key-none');
  });
  it('gives the lessons’ keys different colours', () => {
    expect(new Set(['alice', 'bob', 'carol', 'dave', 'erin', 'frank'].map(keyColour)).size).toBe(6);
  });
  it('spreads keys over the colours', () => {
    const used = new Set(['alice', 'bob', 'carol', 'dave', 'erin', 'frank', 'grace', 'heidi', 'ivan', 'judy'].map(keyColour));
    expect(used.size).toBeGreaterThanOrEqual(5);
    for (const c of used) expect(c).toBeLessThan(KEY_COLOURS);
  });
  it('writes the key short, and a sign for no key', () => {
    expect(keyCue('alice')).toBe('alice');
    expect(keyCue('p1-1234')).toBe('p1-1…');
    expect(keyCue('bob')).toBe('bob');
    expect(keyCue(null)).toBe('∅');
  });
  it('names a record by its offset, key, value and state', () => {
    expect(recordLabel(3, { key: 'alice', value: 'order-1' }, true)).toBe('offset 3, key alice, value order-1, committed');
    expect(recordLabel(4, { key: null, value: 'x' }, false)).toBe('offset 4, key null, value x, not yet committed');
  });
});
