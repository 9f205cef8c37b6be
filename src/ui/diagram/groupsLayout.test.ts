// A full consumer box's words keep apart: its title from its state, a long partition name from the numbers after it.
import { describe, expect, it } from 'vitest';
import { consumerColumns, consumerStatusText } from './groupsLayout';

describe('a consumer box', () => {
  it('keeps its columns where they were for short names', () => {
    expect(consumerColumns(['orders-0'], 214)).toEqual([
      ['partition', 8],
      ['pos', 82],
      ['commit', 122],
      ['lag', 178],
    ]);
  });

  it('moves the numbers right of a long partition name (about 7 units a character), as far as the box allows', () => {
    for (const w of [214, 230]) expect(consumerColumns(['payments-0'], w)[1][1]).toBeGreaterThanOrEqual(8 + 10 * 7 + 6);
    const cols = consumerColumns(['shipments-11'], 240);
    expect(cols[1][1]).toBeGreaterThanOrEqual(8 + 12 * 7 + 6);
    for (const w of [214, 240, 300]) expect(consumerColumns(['a-really-long-topic-name-11'], w)[3][1]).toBeLessThanOrEqual(w - 33);
  });

  it('says its state in words beside its title where both fit, else by its mark', () => {
    expect(consumerStatusText('c1', '● running', 230)).toBe('● running');
    expect(consumerStatusText('careful', '● running', 214)).toBe('●');
    expect(consumerStatusText('careful', '● running', 300)).toBe('● running');
  });
});
