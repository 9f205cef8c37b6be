import { describe, expect, it } from 'vitest';
import { lessons } from './builtinLessons';
import { lessonCatalog } from './catalog';

describe('the lesson catalog', () => {
  it('lists every built-in lesson by id and title, in teaching order', () => {
    expect(lessonCatalog.map(({ id, title }) => ({ id, title }))).toEqual(lessons.map(({ id, title }) => ({ id, title })));
  });
  it('gives each lesson a one-line goal and its minutes', () => {
    for (const l of lessonCatalog) {
      expect(l.goal.length).toBeGreaterThan(20);
      expect(l.goal.length).toBeLessThanOrEqual(90);
      expect(l.minutes).toBeGreaterThan(0);
    }
  });
});
