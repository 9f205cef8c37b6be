import { describe, expect, it } from 'vitest';
import { ackedText, fitTitle } from './producerText';

describe('producer box words', () => {
  it('says the counts whole, dropping the word before any digit', () => {
    expect(ackedText(3, 4, 150)).toBe('3/4 acked');
    expect(ackedText(83163, 83164, 130)).toBe('83163/83164 acked');
    expect(ackedText(83163, 83164, 110)).toBe('83163/83164');
    expect(ackedText(5, 100000, 55)).toBe('5 acked');
  });
  it('past 10,000, in whole thousands when the count does not fit, else the number alone', () => {
    expect(ackedText(153940, 153942, 80)).toBe('153k acked');
    expect(ackedText(153940, 153942, 50)).toBe('153940');
    expect(ackedText(9999, 10000, 60)).toBe('9999');
  });
  it('cuts a long id to the box', () => {
    expect(fitTitle('p1', 100)).toBe('p1');
    expect(fitTitle('fire-and-forget', 100)).toBe('fire-and-…');
  });
});
