import { describe, expect, it } from 'vitest';
import { isFirstVisit, rememberWelcomed } from './firstVisit';

function memory() {
  const store = new Map<string, string>();
  return { getItem: (k: string) => store.get(k) ?? null, setItem: (k: string, v: string) => void store.set(k, v) };
}

describe('the first visit', () => {
  it('welcomes a plain address once', () => {
    const storage = memory();
    expect(isFirstVisit('', '', storage)).toBe(true);
    rememberWelcomed(storage);
    expect(isFirstVisit('', '', storage)).toBe(false);
  });
  it('never covers a lesson, a share link or a step someone asked for', () => {
    expect(isFirstVisit('?scenario=first-message', '', memory())).toBe(false);
    expect(isFirstVisit('?step=12', '', memory())).toBe(false);
    expect(isFirstVisit('', '#scenario=z.abc', memory())).toBe(false);
  });
});
