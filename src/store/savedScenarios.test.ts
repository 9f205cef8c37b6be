import { describe, expect, it } from 'vitest';
import { addSaved, readSaved, removeSaved, SAVED_KEY, type StorageLike, writeSaved } from './savedScenarios';

function memoryStorage(initial: Record<string, string> = {}): StorageLike & { data: Record<string, string> } {
  const data = { ...initial };
  return {
    data,
    getItem: (k) => data[k] ?? null,
    setItem: (k, v) => void (data[k] = v),
  };
}

describe('saved scenarios', () => {
  it('survive a write and a read (a reload)', () => {
    const storage = memoryStorage();
    const list = addSaved([], { version: 1, title: 'Mine', cluster: { brokers: 1 } }, 1000);
    expect(writeSaved(storage, list)).toBe(true);
    expect(readSaved(storage)).toEqual(list);
  });

  it('put the newest first and replace an older copy with the same title', () => {
    let list = addSaved([], { title: 'A' }, 1);
    list = addSaved(list, { title: 'B' }, 2);
    list = addSaved(list, { title: 'A', v: 2 }, 3);
    expect(list.map((s) => s.title)).toEqual(['A', 'B']);
    expect(list[0].file).toEqual({ title: 'A', v: 2 });
    expect(removeSaved(list, list[1].id).map((s) => s.title)).toEqual(['A']);
  });

  it('read garbage, or no storage at all, as an empty list', () => {
    expect(readSaved(memoryStorage({ [SAVED_KEY]: '{not json' }))).toEqual([]);
    expect(readSaved(memoryStorage({ [SAVED_KEY]: '[1, {"id": 2}]' }))).toEqual([]);
    expect(readSaved(null)).toEqual([]);
  });

  it('report a refused write (storage full)', () => {
    const full: StorageLike = {
      getItem: () => null,
      setItem: () => {
        throw new Error('QuotaExceededError');
      },
    };
    expect(writeSaved(full, [])).toBe(false);
  });
});
