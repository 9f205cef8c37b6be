import { describe, expect, it } from 'vitest';
import { lessonCatalog } from '../catalog';
import { lessons } from '../builtinLessons';
import { lessonIntros, SEED_TITLES } from './intros';
import { PROGRESS_KEY, readDone, writeDone } from './progress';

describe('lesson intros', () => {
  it('every lesson has a goal, minutes, what you will see and titled seed pages', () => {
    expect(Object.keys(lessonIntros).sort()).toEqual(lessons.map((l) => l.id).sort());
    for (const l of lessons) {
      const intro = lessonIntros[l.id];
      expect(intro.goal.length).toBeGreaterThan(20);
      expect(intro.minutes).toBeGreaterThan(0);
      expect(intro.see.length).toBeGreaterThanOrEqual(2);
      for (const seed of l.seedRefs) expect(SEED_TITLES[seed]).toBeDefined();
    }
  });

  it('agree with the catalog where it states a goal and minutes', () => {
    for (const entry of lessonCatalog as readonly { id: string; goal?: string; minutes?: number }[]) {
      if (entry.goal !== undefined) expect(lessonIntros[entry.id].goal).toBe(entry.goal);
      if (entry.minutes !== undefined) expect(lessonIntros[entry.id].minutes).toBe(entry.minutes);
    }
  });
});

describe('lesson progress', () => {
  const memory = () => {
    const items = new Map<string, string>();
    return { getItem: (k: string) => items.get(k) ?? null, setItem: (k: string, v: string) => void items.set(k, v) };
  };

  it('marks lessons done and not yet, and survives a reload', () => {
    const storage = memory();
    expect(readDone(storage)).toEqual([]);
    writeDone(storage, 'retention', true);
    expect(writeDone(storage, 'first-message', true)).toEqual({ done: ['retention', 'first-message'], saved: true });
    expect(writeDone(storage, 'retention', false).done).toEqual(['first-message']);
    expect(readDone(storage)).toEqual(['first-message']);
  });

  it('reads garbage as nothing done, and says when the browser refuses to save', () => {
    const storage = memory();
    storage.setItem(PROGRESS_KEY, '{not json');
    expect(readDone(storage)).toEqual([]);
    storage.setItem(PROGRESS_KEY, JSON.stringify(['a', 3, null]));
    expect(readDone(storage)).toEqual(['a']);
    const refusing = { getItem: () => null, setItem: () => { throw new Error('quota'); } };
    expect(writeDone(refusing, 'a', true)).toEqual({ done: ['a'], saved: false });
    expect(writeDone(null, 'a', true).saved).toBe(false);
  });
});
