import { describe, expect, it } from 'vitest';
import { indexOfSorted, lastAtOrBefore, revealScrollTop, rowFilter, visibleRange } from './virtualWindow';

describe('visibleRange', () => {
  it('renders only the visible rows plus overscan', () => {
    expect(visibleRange(0, 300, 30, 100_000, 5)).toEqual({ start: 0, end: 16 });
    expect(visibleRange(30_000, 300, 30, 100_000, 5)).toEqual({
      start: 995,
      end: 1016,
    });
  });
  it('never goes past the last row', () => {
    expect(visibleRange(3_000_000, 300, 30, 100_000, 5)).toEqual({
      start: 99_995,
      end: 100_000,
    });
  });
  it('renders nothing for no rows', () => {
    expect(visibleRange(0, 300, 30, 0)).toEqual({ start: 0, end: 0 });
  });
  it('stays small at 100,000 rows wherever it is scrolled', () => {
    for (const top of [0, 123_456, 2_999_000]) {
      const r = visibleRange(top, 600, 30, 100_000);
      expect(r.end - r.start).toBeLessThanOrEqual(40);
    }
  });
});

describe('revealScrollTop', () => {
  it('leaves a visible row alone', () => {
    expect(revealScrollTop(5, 0, 300, 30)).toBeNull();
  });
  it('scrolls down to a row below the view, with a margin', () => {
    expect(revealScrollTop(20, 0, 300, 30)).toBe(20 * 30 + 30 + 30 - 300);
  });
  it('scrolls up to a row above the view', () => {
    expect(revealScrollTop(2, 600, 300, 30)).toBe(30);
  });
});

describe('lastAtOrBefore', () => {
  it('finds the last passing row at or before a step, or -1', () => {
    expect(lastAtOrBefore([0, 2, 5, 9], 5)).toBe(2);
    expect(lastAtOrBefore([0, 2, 5, 9], 4)).toBe(1);
    expect(lastAtOrBefore([3, 5], 1)).toBe(-1);
    expect(lastAtOrBefore([0, 2, 5, 9], 100, 3)).toBe(2);
  });
});

describe('indexOfSorted', () => {
  it('finds positions by binary search', () => {
    expect(indexOfSorted([0, 2, 5, 9], 5)).toBe(2);
    expect(indexOfSorted([0, 2, 5, 9], 4)).toBe(-1);
  });
});

describe('rowFilter', () => {
  const row = (component: string, action: string, routine?: boolean) => ({
    component,
    action,
    messageState: '',
    output: '',
    routine,
  });
  it('keeps everything without a filter', () => {
    expect(rowFilter('', '  ')).toBeNull();
  });
  it('matches a component exactly and words case-insensitively', () => {
    const keep = rowFilter('Broker 1', 'APPENDED')!;
    expect(keep(row('Broker 1', "Appended 'x'"))).toBe(true);
    expect(keep(row('Broker 10', "Appended 'x'"))).toBe(false);
    expect(keep(row('Broker 1', 'Fetched'))).toBe(false);
  });
  it('hides routine rows when asked', () => {
    const keep = rowFilter('', '', true)!;
    expect(keep(row('Consumer c1', 'poll', true))).toBe(false);
    expect(keep(row('Consumer c1', 'poll'))).toBe(true);
  });
});
