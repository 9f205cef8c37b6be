import { describe, expect, it } from 'vitest';
import { clampSideWidth, MIN_SIDE_PX, readSidePrefs, writeSidePrefs } from './sidePanelSize';

describe('side panel width', () => {
  it('stays between its minimum and a share of the window', () => {
    expect(clampSideWidth(10, 1366)).toBe(MIN_SIDE_PX);
    expect(clampSideWidth(400, 1366)).toBe(400);
    expect(clampSideWidth(5000, 1366)).toBe(Math.floor(1366 * 0.55));
  });
  it('is remembered, and a bad stored value gives the defaults', () => {
    const store = new Map<string, string>();
    const storage = { getItem: (k: string) => store.get(k) ?? null, setItem: (k: string, v: string) => void store.set(k, v) };
    expect(readSidePrefs(storage)).toEqual({ widthPx: null, collapsed: false });
    writeSidePrefs(storage, { widthPx: 420, collapsed: true });
    expect(readSidePrefs(storage)).toEqual({ widthPx: 420, collapsed: true });
    store.set('kafkascope:side-panel', '{not json');
    expect(readSidePrefs(storage)).toEqual({ widthPx: null, collapsed: false });
  });
});
