// Each deep dive's claims are proved by this run: every myth and build-up step names an event
// that happens, and the myth's verdict agrees with what the run shows there.
import { describe, expect, it } from 'vitest';
import { lessons } from '../builtinLessons';
import { lessonRun } from '../lessonRun.testkit';
import { resolveEvent } from '../modes/resolveEvent';
import { deepDives } from './index';

describe('deep dives', () => {
  it('exist for every built-in lesson and no other', () => {
    expect(Object.keys(deepDives).sort()).toEqual(lessons.map((l) => l.id).sort());
  });

  it.each(lessons.map((l) => [l.id, l] as const))('%s: every claim has a step of this run', (_, lesson) => {
    const run = lessonRun(lesson);
    const dive = deepDives[lesson.id];
    expect(dive.myths.length).toBeGreaterThanOrEqual(2);
    expect(dive.takeaways.length).toBeGreaterThanOrEqual(3);
    for (const claim of [...dive.myths, ...dive.buildUp.filter((b) => b.event)]) {
      const step = resolveEvent(run.events, claim.event!);
      expect(step, JSON.stringify(claim.event)).not.toBeNull();
      expect(step).toBeGreaterThan(0);
    }
    for (const m of dive.myths) {
      expect(m.claim.endsWith('?')).toBe(true);
      expect(m.reality.startsWith(m.truth ? 'Yes' : 'No')).toBe(true);
    }
  });

  it('prove the retention myth at the step that deletes the segment, with the records read long before', () => {
    const lesson = lessons.find((l) => l.id === 'retention')!;
    const run = lessonRun(lesson);
    const myth = deepDives.retention.myths[1];
    const step = resolveEvent(run.events, myth.event)!;
    expect(run.events.find((e) => e.step === step && e.type === 'SegmentsDeleted')).toBeDefined();
    const committed = run.viewAt(step - 1).groups.find((g) => g.groupId === 'dashboard')!.committed[0].offset;
    expect(committed).toBe(5);
  });
});
