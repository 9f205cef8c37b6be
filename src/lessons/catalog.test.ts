import { describe, expect, it } from 'vitest';
import { lessons } from './builtinLessons';
import { lessonCatalog } from './catalog';

describe('the lesson catalog', () => {
  it('lists every built-in lesson by id and title, in teaching order', () => {
    expect(lessonCatalog).toEqual(lessons.map(({ id, title }) => ({ id, title })));
  });
});
