import { describe, expect, it } from 'vitest';
import { fitTabs } from './tabsFit';

const widths = [90, 130, 110, 100, 90, 140, 120, 80, 75];
const rowWidth = (shown: number[], overflow: number[], moreW: number, gap: number) =>
  shown.reduce((sum, i) => sum + widths[i], 0) + (overflow.length > 0 ? moreW : 0) + (shown.length - (overflow.length > 0 ? 0 : 1)) * gap;

describe('the learning-mode tabs in one row', () => {
  it('are all shown, with no select, when they fit', () => {
    expect(fitTabs(widths, 2000, 4, 80, 4)).toEqual({ shown: [0, 1, 2, 3, 4, 5, 6, 7, 8], overflow: [] });
  });

  it('show the first ones that fit beside the "More" select, and the select offers the rest', () => {
    const fit = fitTabs(widths, 370, 0, 80, 4);
    expect(fit).toEqual({ shown: [0, 1], overflow: [2, 3, 4, 5, 6, 7, 8] });
    expect(rowWidth(fit.shown, fit.overflow, 80, 4)).toBeLessThanOrEqual(370);
  });

  it('always show the open tab, in its own place among the first ones', () => {
    for (let selected = 0; selected < widths.length; selected++) {
      const fit = fitTabs(widths, 370, selected, 80, 4);
      expect(fit.shown).toContain(selected);
      expect([...fit.shown, ...fit.overflow].sort((a, b) => a - b)).toEqual(widths.map((_, i) => i));
      expect(fit.shown).toEqual([...fit.shown].sort((a, b) => a - b));
      expect(rowWidth(fit.shown, fit.overflow, 80, 4)).toBeLessThanOrEqual(370);
    }
    expect(fitTabs(widths, 370, 7, 80, 4).shown).toEqual([0, 7]);
  });

  it('show the open tab alone beside the select in a row too narrow for two', () => {
    expect(fitTabs(widths, 150, 5, 80, 4)).toEqual({ shown: [5], overflow: [0, 1, 2, 3, 4, 6, 7, 8] });
  });
});
