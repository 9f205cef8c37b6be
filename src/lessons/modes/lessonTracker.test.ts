// The lesson tracker has the seed pages' columns (Start, After step n per story moment, Final)
// and reads each cell from the run's view at that step.
import { describe, expect, it } from 'vitest';
import { findLesson, lessons } from '../builtinLessons';
import { lessonRun } from '../lessonRun.testkit';
import type { Lesson } from '../types';
import { lessonTracker } from './lessonTracker';
import { resolveNarration } from './narration';

const momentsOf = (lesson: Lesson) => resolveNarration(lesson.narration, lessonRun(lesson).events).flatMap((c) => (c.step === null ? [] : [c.step]));

describe('the lesson status tracker', () => {
  it.each(lessons.map((l) => [l.id, l] as const))('%s: Start, one column per story moment, Final', (_, lesson) => {
    const run = lessonRun(lesson);
    const table = lessonTracker(run, lesson.tracker, momentsOf(lesson));
    const moments = [...new Set(momentsOf(lesson))].sort((a, b) => a - b);
    expect(table.columns.map((c) => c.label)).toEqual(['Start', ...moments.map((s) => `After step ${s}`), 'Final']);
    expect(table.columns.at(-1)?.step).toBe(run.stepCount);
    expect(table.variables.map((v) => v.name).length).toBe(lesson.tracker.length);
    expect(lesson.tracker.length).toBeGreaterThanOrEqual(4);
    for (const v of table.variables) {
      expect(v.cells.length).toBe(table.columns.length);
      expect(v.changed).toEqual(v.cells.map((cell, i) => i > 0 && cell !== v.cells[i - 1]));
      // Something in the story moves every variable the lesson chose to track.
      expect(v.changed.some(Boolean), `${lesson.id}: ${v.name}`).toBe(true);
    }
  });

  it('follows the first message from nothing to stored, committed, acknowledged and read', () => {
    const lesson = findLesson('first-message') as Lesson;
    const table = lessonTracker(lessonRun(lesson), lesson.tracker, momentsOf(lesson));
    const record = table.variables.find((v) => v.name === "record 'Hello Kafka'")!;
    expect(record.cells[0]).toBe('not sent yet');
    expect(record.cells.at(-1)).toMatch(/stored at offset 0, committed, acknowledged, read by c1/);
  });

  it('shows retention moving the log start offset while the committed offset stays', () => {
    const lesson = findLesson('retention') as Lesson;
    const run = lessonRun(lesson);
    const table = lessonTracker(run, lesson.tracker, momentsOf(lesson));
    const start = table.variables.find((v) => v.name === 'log start offset (clicks-0)')!;
    const deleted = run.events.find((e) => e.type === 'SegmentsDeleted')!;
    const col = table.columns.findIndex((c) => c.step === deleted.step);
    expect(col).toBeGreaterThan(0);
    expect(start.cells[col]).toBe(String(deleted.offset));
    expect(start.changed[col]).toBe(true);
    expect(start.cells[0]).toBe('0');
  });
});
